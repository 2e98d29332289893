using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class EventBasedGatewayTests
{
    [Fact]
    public async Task Message_first_wins_and_the_timer_is_withdrawn()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-gateway.bpmn");
        var id = await host.StartAsync("event-gateway", "order-1");

        await host.Engine.CorrelateMessageAsync("paid", "order-1", null, "bank");
        await host.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.Equal(["ship"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
    }

    [Fact]
    public async Task Timer_first_wins_and_a_late_message_finds_nobody_waiting()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-gateway.bpmn");
        var id = await host.StartAsync("event-gateway", "order-2");

        await host.AdvanceAsync(TimeSpan.FromHours(24));

        Assert.Equal(["cancel"], await host.ActiveElementsAsync(id));
        var e = await Assert.ThrowsAnyAsync<NotFoundException>(() => host.Engine.CorrelateMessageAsync("paid", "order-2", null, "bank"));
        Assert.Equal("NO_SUBSCRIBER", e.Code);
        Assert.Contains(await host.HistoryAsync(id), h => h.ElementId == "timeout" && h.Event == HistoryEvents.ElementEntered);
    }
}
