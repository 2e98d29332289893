using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// What an admin does in a rehearsal — complete a task, deliver a message, move the clock — and what they
/// see. The same for the API and the page.
/// </summary>
public sealed class RehearsalRuns(RehearsalSandboxes sandboxes, WorkingDayCalendar calendar)
{
    /// <summary>Who acts in a sandbox: the journal says a rehearsal did it, not a user of the real system.</summary>
    public const string Actor = "rehearsal";

    public async Task<RehearsalState> StateAsync(Guid id, CancellationToken ct)
    {
        var sandbox = await sandboxes.GetAsync(id);
        return await sandbox.UseAsync(services => RehearsalTimeline.ReadAsync(sandbox, services, ct), ct);
    }

    public async Task CompleteAsync(Guid id, Guid taskId, CompleteRehearsalTaskRequest request, CancellationToken ct)
    {
        var sandbox = await sandboxes.GetAsync(id);
        await sandbox.UseAsync(async services =>
        {
            var task = await services.GetRequiredService<AppDbContext>().Set<UserTaskRecord>().AsNoTracking()
                .FirstOrDefaultAsync(t => t.Id == taskId && t.Status == TaskStatus.Open, ct)
                ?? throw new NotFoundException("REHEARSAL_TASK_NOT_FOUND", "该排练中没有这个待办任务（可能已办结或已被取消），请刷新后重试。");
            var outcomes = task.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (outcomes.Length > 0 && !outcomes.Contains(request.Outcome))
                throw new WorkflowException("OUTCOME_INVALID",
                    $"请选择办理结果：{string.Join("、", outcomes.Select(TaskForms.OutcomeText))}（outcome）。", "outcome");
            await sandbox.Engine.CompleteTaskAsync(taskId, outcomes.Length > 0 ? request.Outcome : null, request.Data, Actor, ct);
            return await SettleAsync(sandbox, ct);
        }, ct);
    }

    public async Task DeliverAsync(Guid id, RehearsalMessageRequest request, CancellationToken ct)
    {
        var sandbox = await sandboxes.GetAsync(id);
        await sandbox.UseAsync(async services =>
        {
            var wait = await services.GetRequiredService<AppDbContext>().Set<SubscriptionRecord>().AsNoTracking()
                .FirstOrDefaultAsync(s => s.InstanceId != null && s.Kind == SubscriptionKind.Message && s.MessageName == request.Message, ct)
                ?? throw new WorkflowException("REHEARSAL_NOT_WAITING", $"排练中的流程此刻没有等待消息“{request.Message}”。", "message");
            await sandbox.Engine.CorrelateMessageAsync(wait.MessageName, wait.CorrelationKey, request.Variables, Actor, ct);
            return await SettleAsync(sandbox, ct);
        }, ct);
    }

    /// <summary>Moves the sandbox clock forward, stopping at every timer on the way so each fires at its own instant.</summary>
    public async Task AdvanceAsync(Guid id, AdvanceRehearsalRequest request, CancellationToken ct)
    {
        var sandbox = await sandboxes.GetAsync(id);
        await sandbox.UseAsync(async _ =>
        {
            var target = await TargetAsync(sandbox, request, ct);
            if (target <= sandbox.Clock.GetUtcNow())
                throw new WorkflowException("REHEARSAL_CLOCK_BACKWARDS",
                    $"排练时钟只能向前推进；当前为 {ChineseDates.DateTime(sandbox.Clock.GetUtcNow())}。", "to");
            return await sandbox.Advancer.AdvanceToAsync(target, ct);
        }, ct);
    }

    private async Task<DateTimeOffset> TargetAsync(RehearsalSandbox sandbox, AdvanceRehearsalRequest request, CancellationToken ct)
    {
        var now = sandbox.Clock.GetUtcNow();
        if (request.To is { } to) return to;
        if (request.Days is { } days) return now.AddDays(days);
        if (request.WorkingDays is { } n)
        {
            var day = calendar.AddWorkingDays(WorkingDayCalendar.ChinaDate(now), n).Value;
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), WorkingDayCalendar.ChinaOffset);
        }
        return await sandbox.Engine.NextDueAtAsync(ct) is { } next && next > now ? next
            : throw new WorkflowException("REHEARSAL_NO_TIMER", "排练中的流程没有待触发的定时器。", "nextTimer");
    }

    /// <summary>Continuations due right now (a retry, a step after a commit) run before the admin looks.</summary>
    private static Task<int> SettleAsync(RehearsalSandbox sandbox, CancellationToken ct) => sandbox.Engine.RunDueJobsAsync(ct);
}
