using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>Timers and subscriptions armed on behalf of resting tokens (or of the process), and jobs.</summary>
internal sealed partial class InstanceRun
{
    /// <summary>
    /// Arms a timer or message event on behalf of a resting token, or of the process itself (no token) for an
    /// event sub-process at process level.
    /// </summary>
    public void Arm(FlowNode ev, TokenRecord? owner)
    {
        if (ev.Trigger == EventTrigger.Timer)
        {
            var entered = Current;
            Current = ev;
            var s = ScheduleTimer(ev, Step.Now, owner is null ? null : TaskDue.For(this, ev, owner));
            Current = entered;
            AddJob(new JobRecord
            {
                Id = Step.NewId(), Kind = JobKind.Timer, InstanceId = Instance.Id, TokenId = owner?.Id,
                ElementId = ev.Id, DueAt = s.DueAt, Interval = s.Interval, RepeatsLeft = s.RepeatsLeft, CreatedAt = Step.Now,
            });
        }
        else if (ev.Trigger is EventTrigger.Message or EventTrigger.Signal)
        {
            var signal = ev.Trigger == EventTrigger.Signal;
            var key = signal ? null : ev.Property("correlationKey") is { } expr ? Evaluate(expr)?.ToString() : Instance.BusinessKey;
            var sub = new SubscriptionRecord
            {
                Id = Step.NewId(), Kind = signal ? SubscriptionKind.Signal : SubscriptionKind.Message, InstanceId = Instance.Id,
                TokenId = owner?.Id, ElementId = ev.Id, MessageName = signal ? ev.EventCode! : ev.MessageName!, CorrelationKey = key, CreatedAt = Step.Now,
            };
            Subscriptions.Add(sub);
            Step.Db.Add(sub);
        }
    }

    /// <summary>Evaluates a timer over the variables; a value that is no date, duration or cycle names the element.</summary>
    public TimerSchedule ScheduleTimer(FlowNode ev, DateTimeOffset from, IReadOnlyDictionary<string, object?>? extra = null)
    {
        try { return TimerExpressions.Schedule(ev.Timer!, from, e => Evaluate(e, extra), Step.Limits, Step.LocalOffset); }
        catch (WorkflowException e) when (e is not ElementFailedException)
        {
            throw new WorkflowException(e.Code, $"{ev}：{e.Message}");
        }
    }

    /// <summary>Evaluates a date expression of <paramref name="node"/> (a task's ew:dueDate) to an instant.</summary>
    public DateTimeOffset EvaluateInstant(FlowNode node, string expression)
    {
        try { return TimerExpressions.ToInstant(Evaluate(expression), expression, Step.LocalOffset); }
        catch (WorkflowException e) when (e is not ElementFailedException)
        {
            throw new WorkflowException(e.Code, $"{node}：{e.Message}");
        }
    }

    public void ArmBoundaries(FlowNode activity, TokenRecord token)
    {
        // A multi-instance activity's boundary events belong to the activity as a whole, armed on its body.
        if (activity.MultiInstance is not null && token.State != TokenState.MultiInstanceBody) return;
        foreach (var b in activity.Boundaries) Arm(b, token);
    }

    /// <summary>Withdraws the timers and subscriptions of <paramref name="elementIds"/> armed on behalf of <paramref name="owner"/>.</summary>
    public void Disarm(Guid? owner, IReadOnlySet<string> elementIds)
    {
        foreach (var j in Jobs.Where(j => j.TokenId == owner && elementIds.Contains(j.ElementId)).ToList()) { Jobs.Remove(j); Step.Db.Remove(j); }
        foreach (var s in Subscriptions.Where(s => s.TokenId == owner && elementIds.Contains(s.ElementId)).ToList()) { Subscriptions.Remove(s); Step.Db.Remove(s); }
    }

    /// <summary>Drops the tokens in flight in <paramref name="scope"/> (its tokens at rest are cancelled by the caller).</summary>
    public void DropQueued(Guid? scope)
    {
        var keep = _queue.Where(a => a.Scope != scope).ToList();
        _queue.Clear();
        foreach (var a in keep) _queue.Enqueue(a);
    }

    public void AddJob(JobRecord job)
    {
        Jobs.Add(job);
        Step.Db.Add(job);
        Step.NewJobs.Add(job);
    }
}
