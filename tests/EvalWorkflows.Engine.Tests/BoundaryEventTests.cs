using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

public sealed class BoundaryEventTests
{
    [Fact]
    public async Task Non_interrupting_cycle_fires_every_day_while_the_task_stays_open()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("boundary-timer.bpmn");
        var id = await host.StartAsync("boundary-timer");

        await host.AdvanceAsync(TimeSpan.FromDays(2.5));

        var reminders = (await host.HistoryAsync(id)).Where(h => h.ElementId == "reminded" && h.Event == HistoryEvents.ElementEntered).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal([EngineHost.DefaultStart.AddDays(1), EngineHost.DefaultStart.AddDays(2)], reminders.Select(r => r.At));
        Assert.Equal(["complete"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task Interrupting_timer_cancels_the_task_and_its_reminders_and_escalates()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("boundary-timer.bpmn");
        var id = await host.StartAsync("boundary-timer");
        var task = await host.SingleTaskAsync(id);

        await host.AdvanceAsync(TimeSpan.FromDays(10));

        Assert.Equal(["escalate"], await host.ActiveElementsAsync(id));
        var cancelled = await host.QueryAsync(db => Task.FromResult(db.Set<UserTaskRecord>().Single(t => t.Id == task.Id)));
        Assert.Equal(TaskStatus.Cancelled, cancelled.Status);
        Assert.Empty(await host.JobsAsync(id));
        // Reminders on days 1, 2 and 3; on day 3 the deadline (due the same instant) wins only after them.
        Assert.InRange((await host.HistoryAsync(id)).Count(h => h.ElementId == "reminded" && h.Event == HistoryEvents.ElementEntered), 2, 3);
    }

    [Fact]
    public async Task Completing_the_task_withdraws_its_boundary_timers()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("boundary-timer.bpmn");
        var id = await host.StartAsync("boundary-timer");

        await host.CompleteAsync(id, "complete");

        Assert.Empty(await host.JobsAsync(id));
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task Interrupting_message_cancels_the_task_non_interrupting_message_adds_a_branch()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("boundary-message.bpmn");
        var id = await host.StartAsync("boundary-message", "F-7");

        await host.Engine.CorrelateMessageAsync("amend", "F-7", new Dictionary<string, object?> { ["note"] = "改地址" }, "inst");
        Assert.Equal(["recheck", "review"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));

        await host.Engine.CorrelateMessageAsync("withdraw", "F-7", null, "inst");
        Assert.Equal(["closeFile", "recheck"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));
        Assert.Equal("改地址", (await host.VariablesAsync(id))["note"]);
    }
}
