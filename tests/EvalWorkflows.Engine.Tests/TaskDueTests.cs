using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A deadline is written once, on the task: its boundary timers read it as <c>task_due</c>, and
/// <c>ew:dueVariable</c> keeps its date in a variable for notice texts.
/// </summary>
public sealed class TaskDueTests
{
    [Fact]
    public async Task A_boundary_timer_fires_at_its_tasks_due_date_and_the_date_is_kept_in_the_named_variable()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("task-due.bpmn");

        // Due at 24:00 of Monday 2025-03-10 (what end_of_day gives): Monday is the last day on time.
        var id = await host.StartAsync("task-due", variables: new { due_on = "2025-03-11T00:00:00+08:00" });

        var task = await host.SingleTaskAsync(id);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.FromHours(8)), task.DueAt);
        Assert.Equal(task.DueAt, Assert.Single(await host.JobsAsync(id)).DueAt);
        Assert.Equal("2025-03-10", (await host.VariablesAsync(id))["review_due"]);
        Assert.DoesNotContain("task_due", (await host.VariablesAsync(id)).Keys);

        await host.AdvanceAsync(TimeSpan.FromDays(8));
        Assert.Equal(["followUp", "review"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Recomputing_moves_the_task_and_the_timer_that_reads_its_due_date_together()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.Engine.DeployAsync(File.ReadAllText(EngineHost.BpmnPath("task-due.bpmn")).Replace("ew:dueDate=\"due_on\"", "ew:dueDate=\"moved ?? due_on\""), "admin");
        var id = await host.StartAsync("task-due", variables: new { due_on = "2025-03-11T00:00:00+08:00" });
        await host.QueryAsync(async db =>
        {
            var instance = db.Set<InstanceRecord>().Single(i => i.Id == id);
            instance.VariablesJson = instance.VariablesJson.Replace("\"due_on\"", "\"moved\":\"2025-03-13T00:00:00+08:00\",\"due_on\"");
            return await db.SaveChangesAsync();
        });

        var changes = await host.Engine.RecomputeDeadlinesAsync(id, "admin");

        var endOfTwelfth = new DateTimeOffset(2025, 3, 13, 0, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(["review", "overdue"], changes.Select(c => c.ElementId));
        Assert.All(changes, c => Assert.Equal(endOfTwelfth, c.To));
        Assert.Equal("2025-03-12", (await host.VariablesAsync(id))["review_due"]);
    }
}
