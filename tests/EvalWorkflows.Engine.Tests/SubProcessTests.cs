using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

public sealed class SubProcessTests
{
    [Fact]
    public async Task The_sub_process_completes_when_its_last_token_ends_and_the_flow_goes_on()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("subprocess.bpmn");
        var id = await host.StartAsync("subprocess");
        Assert.Equal(["first", "review"], await host.ActiveElementsAsync(id));

        await host.CompleteAsync(id, "first");
        await host.CompleteAsync(id, "second");

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
    }

    [Fact]
    public async Task An_interrupting_timer_on_the_sub_process_cancels_everything_inside()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("subprocess.bpmn");
        var id = await host.StartAsync("subprocess");
        await host.CompleteAsync(id, "first");

        await host.AdvanceAsync(TimeSpan.FromDays(5));

        Assert.Equal(["escalated"], await host.ActiveElementsAsync(id));
        var second = await host.QueryAsync(db => Task.FromResult(db.Set<UserTaskRecord>().Single(t => t.ElementId == "second")));
        Assert.Equal(TaskStatus.Cancelled, second.Status);
    }

    [Fact]
    public async Task A_terminate_end_event_ends_only_its_own_sub_process()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("subprocess-terminate.bpmn");
        var id = await host.StartAsync("subprocess-terminate");
        Assert.Equal(["a", "b", "inner"], await host.ActiveElementsAsync(id));

        await host.CompleteAsync(id, "a");

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Equal(InstanceStatus.Running, (await host.InstanceAsync(id)).Status);
    }
}
