using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class ParallelGatewayTests
{
    [Fact]
    public async Task Fork_opens_both_branches_and_join_waits_for_both()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("parallel.bpmn");
        var id = await host.StartAsync("parallel");
        Assert.Equal(["checkAssessors", "checkPremises"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));

        await host.CompleteAsync(id, "checkPremises");
        Assert.Equal(["checkAssessors", "join"], await host.ActiveElementsAsync(id));

        await host.CompleteAsync(id, "checkAssessors");
        Assert.Equal(["decide"], await host.ActiveElementsAsync(id));

        await host.CompleteAsync(id, "decide");
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task A_join_half_reached_survives_a_restart()
    {
        var first = await new EngineHostBuilder().BuildAsync();
        await first.DeployAsync("parallel.bpmn");
        var id = await first.StartAsync("parallel");
        await first.CompleteAsync(id, "checkAssessors");
        await first.DisposeAsync();

        await using var second = await new EngineHostBuilder().RestartOf(first).BuildAsync();
        await second.CompleteAsync(id, "checkPremises");

        Assert.Equal(["decide"], await second.ActiveElementsAsync(id));
    }
}
