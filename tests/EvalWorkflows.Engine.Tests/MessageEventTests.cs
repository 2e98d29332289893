using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class MessageEventTests
{
    [Fact]
    public async Task A_message_reaches_the_instance_with_that_business_key_only()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("message-catch.bpmn");
        var mine = await host.StartAsync("message-catch", "F-1");
        var other = await host.StartAsync("message-catch", "F-2");

        var result = await host.Engine.CorrelateMessageAsync("documents-received", "F-1",
            new Dictionary<string, object?> { ["pages"] = 12 }, "inst");

        Assert.Equal(mine, result.InstanceId);
        Assert.Equal(["check"], await host.ActiveElementsAsync(mine));
        Assert.Equal(["waitDocs"], await host.ActiveElementsAsync(other));
        Assert.Equal(12L, (await host.VariablesAsync(mine))["pages"]);
        Assert.Contains(await host.HistoryAsync(mine), h => h.Event == HistoryEvents.MessageCorrelated);
    }

    [Fact]
    public async Task A_message_start_event_creates_an_instance_keyed_by_the_correlation_key()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("message-start.bpmn");

        var result = await host.Engine.CorrelateMessageAsync("application-submitted", "APP-9", null, "inst");

        Assert.True(result.StartedNewInstance);
        Assert.Equal("APP-9", (await host.InstanceAsync(result.InstanceId)).BusinessKey);
        Assert.Equal(["check"], await host.ActiveElementsAsync(result.InstanceId));
    }

    [Fact]
    public async Task A_message_nobody_waits_for_is_a_clear_error()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("message-catch.bpmn");
        await host.StartAsync("message-catch", "F-1");

        var e = await Assert.ThrowsAnyAsync<NotFoundException>(() => host.Engine.CorrelateMessageAsync("documents-received", "F-404", null, "inst"));

        Assert.Equal("NO_SUBSCRIBER", e.Code);
        Assert.Contains("F-404", e.Message);
    }
}
