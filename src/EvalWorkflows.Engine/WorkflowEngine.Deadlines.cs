using System.ComponentModel;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine;

/// <summary>One deadline that moved when recomputed.</summary>
/// <remarks>The descriptions are attributes so the server's API document shows them (it reads only its own XML docs).</remarks>
public sealed record DeadlineChange(
    [property: Description("The id of the workflow instance whose deadline moved.")] Guid InstanceId,
    [property: Description("The id of the BPMN timer or user task the deadline belongs to.")] string ElementId,
    [property: Description("The deadline before, an instant with offset.")] DateTimeOffset From,
    [property: Description("The deadline after, an instant with offset.")] DateTimeOffset To);

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Deadlines keep the date they were given when armed. After the calendar is corrected an admin may choose to
    /// recompute them: pending <c>timeDate</c> timers and open task due dates are evaluated again over the
    /// instance's current variables. Durations and cycles count from when they were armed and stay as they are.
    /// </summary>
    public Task<IReadOnlyList<DeadlineChange>> RecomputeDeadlinesAsync(Guid instanceId, string? actor, CancellationToken ct = default) =>
        CommandAsync(actor, async step =>
        {
            var run = await step.LoadRunAsync(instanceId);
            var changes = new List<DeadlineChange>();
            // Tasks first: a boundary timer may count from its task's due date (task_due).
            foreach (var task in run.OpenTasks.Where(t => t.Status == TaskStatus.Open))
            {
                var node = run.Graph[task.ElementId];
                if (node.Property("dueDate") is not { } expression || task.DueAt is not { } old) continue;
                run.Current = node;
                var due = run.EvaluateInstant(node, expression);
                if (due == old) continue;
                changes.Add(new(instanceId, node.Id, old, due));
                task.DueAt = due;
                task.Revision++;
                TaskDue.Store(run, node, due);
            }
            foreach (var job in run.Jobs.Where(j => j.Kind == JobKind.Timer && !j.Suspended))
            {
                var node = run.Graph[job.ElementId];
                if (node.Timer?.TimeDate is null) continue;
                run.Current = node;
                var owner = run.Tokens.First(t => t.Id == job.TokenId);
                var due = run.ScheduleTimer(node, step.Now, TaskDue.For(run, node, owner)).DueAt;
                if (due == job.DueAt) continue;
                changes.Add(new(instanceId, node.Id, job.DueAt, due));
                job.DueAt = due;
                job.Revision++;
                step.NewJobs.Add(job);
            }
            if (changes.Count > 0)
                run.History(HistoryEvents.DeadlinesRecomputed, null,
                    changes.Select(c => new { element = c.ElementId, from = c.From, to = c.To }).ToList());
            return (IReadOnlyList<DeadlineChange>)changes;
        }, ct);

    /// <summary>The running instances, for recomputing every deadline after a calendar correction.</summary>
    public async Task<IReadOnlyList<Guid>> RunningInstanceIdsAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
        return await db.Set<InstanceRecord>().Where(i => i.Status == InstanceStatus.Running).Select(i => i.Id).ToListAsync(ct);
    }
}
