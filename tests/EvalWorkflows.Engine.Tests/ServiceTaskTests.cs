using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Tests;

public sealed class ServiceTaskTests
{
    /// <summary>Writes a variable and a history row, as a domain handler would.</summary>
    private sealed class AssignCode : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            context.Variables["code"] = $"{context.Properties["prefix"]}-{context.BusinessKey}";
            context.AddHistory("code-assigned", new { code = context.Variables["code"] });
            return Task.CompletedTask;
        }
    }

    /// <summary>Fails while <see cref="FailuresLeft"/> is positive.</summary>
    private sealed class Flaky : ITaskHandler
    {
        public static int FailuresLeft;
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref FailuresLeft) >= 0
                ? throw new InvalidOperationException("registry offline")
                : Task.CompletedTask;
    }

    /// <summary>Starts another process in the same step, as a filing's completion starts its life.</summary>
    private sealed class StartsApproval : ITaskHandler
    {
        public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) =>
            context.Variables["started"] = (await context.StartProcessAsync("plain-approval", context.BusinessKey, null)).ToString();
    }

    private static EngineHostBuilder Host() => new EngineHostBuilder().With(s =>
        s.AddTaskHandler<AssignCode>("assign-code").AddTaskHandler<Flaky>("flaky").AddTaskHandler<StartsApproval>("start-approval"));

    [Fact]
    public async Task A_handler_can_start_another_process_in_the_same_step()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        var xml = File.ReadAllText(EngineHost.BpmnPath("service-task.bpmn")).Replace("ew:type=\"assign-code\"", "ew:type=\"start-approval\"");
        await host.Engine.DeployAsync(xml, "admin");

        var id = await host.StartAsync("service-task", "F-9");

        var started = Guid.Parse((string)(await host.VariablesAsync(id))["started"]!);
        Assert.Equal("F-9", (await host.InstanceAsync(started)).BusinessKey);
        Assert.Equal(["review"], await host.ActiveElementsAsync(started));
    }

    [Fact]
    public async Task A_handler_runs_right_after_the_step_that_reached_it_and_its_writes_are_kept()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("service-task.bpmn");

        var id = await host.StartAsync("service-task", "0042");

        Assert.Equal(["check"], await host.ActiveElementsAsync(id));
        Assert.Equal("SD-0042", (await host.VariablesAsync(id))["code"]);
        Assert.Contains(await host.HistoryAsync(id), h => h.Event == "code-assigned" && h.ElementId == "assignCode");
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_back_off_then_raises_an_incident_an_admin_can_retry()
    {
        Flaky.FailuresLeft = 100;
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("service-task-failing.bpmn");
        await host.DeployAsync("plain-approval.bpmn");
        var id = await host.StartAsync("service-task-failing", "F-1");

        var job = Assert.Single(await host.JobsAsync(id));
        Assert.Equal(1, job.Attempts);
        Assert.Equal(EngineHost.DefaultStart.AddMinutes(1), job.DueAt);
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        job = Assert.Single(await host.JobsAsync(id));
        Assert.Equal(2, job.Attempts);
        Assert.Equal(EngineHost.DefaultStart.AddMinutes(3), job.DueAt);
        await host.AdvanceAsync(TimeSpan.FromMinutes(2));

        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Equal("flaky", incident.ElementId);
        Assert.Contains("registry offline", incident.Error);
        Assert.True(Assert.Single(await host.JobsAsync(id)).Suspended);
        Assert.Equal(["flaky"], await host.ActiveElementsAsync(id));

        var other = await host.StartAsync("plain-approval", "F-2");
        Assert.Single(await host.OpenTasksAsync(other));

        Flaky.FailuresLeft = 0;
        await host.Engine.RetryIncidentAsync(incident.Id, "admin");
        Assert.Equal(["check"], await host.ActiveElementsAsync(id));
        var history = await host.HistoryAsync(id);
        Assert.Equal(3, history.Count(h => h.Event == HistoryEvents.HandlerFailed));
        Assert.Contains(history, h => h.Event == HistoryEvents.IncidentResolved && h.Actor == "admin");
    }

    [Fact]
    public async Task An_incident_on_a_step_that_a_boundary_timer_cancels_is_closed_and_cannot_be_retried()
    {
        Flaky.FailuresLeft = 100;
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("service-task-deadline.bpmn");
        var id = await host.StartAsync("service-task-deadline", "F-1");
        await host.AdvanceAsync(TimeSpan.FromMinutes(10));
        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Null(incident.ResolvedAt);

        await host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(["manual"], await host.ActiveElementsAsync(id));
        incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Equal("cancelled", incident.ResolvedBy);
        var e = await Assert.ThrowsAsync<ConflictException>(() => host.Engine.RetryIncidentAsync(incident.Id, "admin"));
        Assert.Equal("INCIDENT_OBSOLETE", e.Code);
    }

    /// <summary>Tries to rewrite the journal, which no step may do.</summary>
    private sealed class RewritesHistory : ITaskHandler
    {
        public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            var first = await context.Db.Set<HistoryRecord>().FirstAsync(h => h.InstanceId == context.InstanceId, cancellationToken);
            first.Actor = "someone else";
        }
    }

    [Fact]
    public async Task A_handler_that_edits_the_history_fails_and_the_journal_stays_as_written()
    {
        await using var host = await new EngineHostBuilder().With(s => s.AddTaskHandler<RewritesHistory>("assign-code")).BuildAsync();
        await host.DeployAsync("service-task.bpmn");

        var id = await host.StartAsync("service-task", "F-1");

        Assert.Equal(["assignCode"], await host.ActiveElementsAsync(id));
        var history = await host.HistoryAsync(id);
        Assert.Equal("tester", history[0].Actor);
        Assert.Contains(history, h => h.Event == HistoryEvents.HandlerFailed && h.DataJson!.Contains("append-only"));
    }
}

