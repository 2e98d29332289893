using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class ExclusiveGatewayTests
{
    [Theory]
    [InlineData(500, "big")]
    [InlineData(5, "small")]
    public async Task The_flow_whose_condition_holds_is_taken(long amount, string expected)
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("no-default.bpmn");

        var id = await host.StartAsync("no-default", null, new { amount });

        Assert.Equal([expected], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task No_condition_holding_and_no_default_flow_refuses_the_command_and_stores_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("no-default.bpmn");

        var e = await Assert.ThrowsAsync<WorkflowException>(() => host.StartAsync("no-default", "X", new { amount = 50 }));

        Assert.Equal("NO_FLOW", e.Code);
        Assert.Contains("decide", e.Message);
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<Persistence.InstanceRecord>().Count())));
    }
}
