using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Takes an open, unassigned task for <paramref name="actor"/>, so colleagues sharing its role see it is being
    /// worked. Whether the actor may take it (their roles) is the host's decision; the engine keeps it to one holder.
    /// </summary>
    public Task ClaimTaskAsync(Guid taskId, string actor, CancellationToken ct = default) =>
        CommandAsync(actor, async step =>
        {
            var (run, task) = await OpenTaskAsync(step, taskId, ct);
            if (task.Assignee is { Length: > 0 } holder)
                throw new ConflictException("TASK_CLAIMED", holder == actor ? "您已认领此任务。" : $"此任务已由“{holder}”认领或指派给其办理。");
            task.Assignee = actor;
            task.Revision++;
            run.History(HistoryEvents.TaskClaimed, run.Graph[task.ElementId], new { taskId });
            return true;
        }, ct);

    /// <summary>
    /// Gives back a task <paramref name="actor"/> claimed, for anyone of its role to take. A task the model itself
    /// assigns (ew:assignee, e.g. the supervisor the centre dispatched) cannot be given back.
    /// </summary>
    public Task ReleaseTaskAsync(Guid taskId, string actor, CancellationToken ct = default) =>
        CommandAsync(actor, async step =>
        {
            var (run, task) = await OpenTaskAsync(step, taskId, ct);
            var node = run.Graph[task.ElementId];
            if (task.Assignee != actor)
                throw new ConflictException("TASK_NOT_CLAIMED", "只能退回本人认领的任务。");
            if (node.Property("assignee") is not null)
                throw new ConflictException("TASK_ASSIGNED_BY_MODEL", "此任务由流程指定办理人，不能退回。");
            task.Assignee = null;
            task.Revision++;
            run.History(HistoryEvents.TaskReleased, node, new { taskId });
            return true;
        }, ct);

    private static async Task<(Execution.InstanceRun Run, UserTaskRecord Task)> OpenTaskAsync(Execution.Step step, Guid taskId, CancellationToken ct)
    {
        var run = await step.LoadRunOfTaskAsync(taskId);
        if (run?.OpenTasks.FirstOrDefault(t => t.Id == taskId) is { } open) return (run, open);
        // Done already, or by another node between the two reads (PostgreSQL reads committed rows per statement):
        // answer with who did it.
        var task = await step.Db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new NotFoundException("TASK_NOT_FOUND", $"任务 {taskId} 不存在。");
        throw new TaskNotOpenException(task.CompletedBy, task.Status == TaskStatus.Completed ? task.CompletedAt : null);
    }
}
