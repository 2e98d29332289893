using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class TimerEventTests
{
    [Fact]
    public async Task Intermediate_timer_waits_its_duration_and_not_a_minute_less()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-catch.bpmn");
        var id = await host.StartAsync("timer-catch");
        var job = Assert.Single(await host.JobsAsync(id));
        Assert.Equal(EngineHost.DefaultStart.AddHours(2), job.DueAt);

        await host.AdvanceAsync(TimeSpan.FromMinutes(119));
        Assert.Equal(["wait"], await host.ActiveElementsAsync(id));

        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Contains(await host.HistoryAsync(id), h => h.Event == HistoryEvents.TimerFired && h.ElementId == "wait");
    }

    [Fact]
    public async Task A_timer_fired_before_it_is_due_does_nothing_and_writes_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-catch.bpmn");
        var id = await host.StartAsync("timer-catch");
        var job = Assert.Single(await host.JobsAsync(id));
        var revision = (await host.InstanceAsync(id)).Revision;

        // A scheduler may call early (or twice): the job waits, and its instance is left exactly as it was.
        Assert.False(await host.Engine.ExecuteJobAsync(job.Id));

        Assert.Equal(revision, (await host.InstanceAsync(id)).Revision);
        Assert.Equal(["wait"], await host.ActiveElementsAsync(id));
        Assert.Equal(job.DueAt, Assert.Single(await host.JobsAsync(id)).DueAt);
    }

    [Fact]
    public async Task Timer_dates_and_durations_may_be_expressions_over_variables()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-expression.bpmn");
        var id = await host.StartAsync("timer-expression", null, new { deadline = "2025-03-10", days = 2 });

        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)), Assert.Single(await host.JobsAsync(id)).DueAt);
        await host.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal(["waitMore"], await host.ActiveElementsAsync(id));
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.FromHours(8)), Assert.Single(await host.JobsAsync(id)).DueAt);

        await host.AdvanceAsync(TimeSpan.FromDays(2));
        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task Timer_start_cycle_starts_an_instance_each_time_then_stops()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-start.bpmn");

        await host.AdvanceAsync(TimeSpan.FromHours(10));

        var starts = await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Where(i => i.DefinitionKey == "timer-start")
            .AsEnumerable().Select(i => i.StartedAt).OrderBy(t => t).ToList()));
        Assert.Equal(3, starts.Count);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8)), starts[0]);
        Assert.Empty(await host.QueryAsync(db => Task.FromResult(db.Set<JobRecord>().ToList())));
    }

    [Fact]
    public async Task Timer_start_on_a_date_starts_once_on_that_date()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-date-start.bpmn");

        await host.AdvanceAsync(TimeSpan.FromDays(6.99));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
        await host.AdvanceAsync(TimeSpan.FromDays(30));
        Assert.Equal(1, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
    }

    [Fact]
    public async Task Redeploying_a_timer_start_process_moves_the_schedule_to_the_new_version()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-start.bpmn");
        var xml = File.ReadAllText(EngineHost.BpmnPath("timer-start.bpmn")).Replace("R3/PT1H", "R2/PT2H");

        var v2 = await host.Engine.DeployAsync(xml, "admin");

        var job = Assert.Single(await host.QueryAsync(db => Task.FromResult(db.Set<JobRecord>().ToList())));
        Assert.Equal(v2.DefinitionId, job.DefinitionId);
        Assert.Equal(EngineHost.DefaultStart.AddHours(2), job.DueAt);
    }
}
