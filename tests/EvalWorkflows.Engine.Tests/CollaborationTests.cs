using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A file drawn as a collaboration deploys its one executable process; pools marked isExecutable="false" are
/// documentation, and a file with nothing executable is refused, so nothing of it can be started.
/// </summary>
public sealed class CollaborationTests
{
    [Fact]
    public async Task The_executable_process_of_a_collaboration_is_deployed_and_runs()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var deployed = await host.DeployAsync("collaboration.bpmn");

        Assert.Equal("centre-review", deployed.Key);
        var id = await host.StartAsync("centre-review");
        Assert.Equal(["review"], await host.ActiveElementsAsync(id));
        await Assert.ThrowsAsync<NotFoundException>(() => host.StartAsync("institution-side"));
    }

    [Fact]
    public async Task A_file_whose_only_process_is_not_executable_is_refused_and_cannot_be_started()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.DeployAsync("Invalid/not-executable.bpmn"));

        Assert.Contains("isExecutable", Assert.Single(e.Problems).Message);
        await Assert.ThrowsAsync<NotFoundException>(() => host.StartAsync("sketch"));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<DefinitionRecord>().Count())));
    }
}
