using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Inclusive gateway (BPMN 2.0.2 §13.4.4): fork on every true condition, join on what can still arrive.</summary>
public sealed class InclusiveGatewayTests
{
    [Fact]
    public async Task The_fork_takes_every_outgoing_flow_whose_condition_holds()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");

        var id = await host.StartAsync("inclusive", "F-1", new { a = true, b = true });

        Assert.Equal(["taskA", "taskB"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task The_fork_takes_the_default_flow_only_when_no_condition_holds()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");

        var id = await host.StartAsync("inclusive", "F-1", new { a = false, b = false });

        Assert.Equal(["taskC"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task The_join_fires_with_one_token_when_no_other_token_can_still_arrive()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");
        var id = await host.StartAsync("inclusive", "F-1", new { a = true, b = false });

        await host.CompleteAsync(id, "taskA");

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task The_join_waits_for_a_token_that_can_still_arrive_then_fires_once()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");
        var id = await host.StartAsync("inclusive", "F-1", new { a = true, b = true, drop = false });

        await host.CompleteAsync(id, "taskA");
        Assert.Equal(["join", "taskB"], await host.ActiveElementsAsync(id));

        await using var restarted = await new EngineHostBuilder().RestartOf(host).BuildAsync();
        await restarted.CompleteAsync(id, "taskB");
        Assert.Equal(["after"], await restarted.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_branch_that_ends_elsewhere_releases_the_join_waiting_for_it()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");
        var id = await host.StartAsync("inclusive", "F-1", new { a = true, b = true });
        await host.CompleteAsync(id, "taskA");

        await host.CompleteAsync(id, "taskB", data: new { drop = true });

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }
}
