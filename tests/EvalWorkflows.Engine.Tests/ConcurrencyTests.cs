using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_clerks_completing_one_task_at_once_give_one_success_and_one_conflict()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("parallel.bpmn");
        for (var round = 0; round < 5; round++)
        {
            var id = await host.StartAsync("parallel");
            var task = (await host.OpenTasksAsync(id)).First(t => t.ElementId == "checkPremises");

            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
            {
                try { await host.Engine.CompleteTaskAsync(task.Id, null, null, $"clerk{i}"); return "ok"; }
                catch (ConflictException) { return "conflict"; }
            })));

            Assert.Equal(["conflict", "ok"], results.Order());
            var completions = (await host.HistoryAsync(id)).Count(h => h.Event == HistoryEvents.TaskCompleted);
            Assert.Equal(1, completions);
        }
    }

    [Fact]
    public async Task A_timer_fired_twice_at_once_runs_once()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-catch.bpmn");
        var id = await host.StartAsync("timer-catch");
        var job = Assert.Single(await host.JobsAsync(id));
        host.Clock.Advance(TimeSpan.FromHours(3));

        var fired = await Task.WhenAll(Task.Run(() => host.Engine.ExecuteJobAsync(job.Id)), Task.Run(() => host.Engine.ExecuteJobAsync(job.Id)));

        Assert.Equal(1, fired.Count(f => f));
        Assert.Single(await host.HistoryAsync(id), h => h.Event == HistoryEvents.TimerFired);
        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }
}
