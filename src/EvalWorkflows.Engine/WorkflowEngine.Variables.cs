using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Corrects variables of running instances outside any task, in one step with the caller's own writes: the
    /// host fixes data its instances copied when they started (an institution's corrected mail address), so their
    /// next notice uses it. Each instance records which variables changed and who changed them; an instance that
    /// has ended is refused, since its history is final. <paramref name="reason"/>, when given, is kept in that record.
    /// </summary>
    public Task<int> SetVariablesAsync(IReadOnlyCollection<Guid> instanceIds, IDictionary<string, object?> variables,
        string? actor, CancellationToken ct = default, AlongsideWrites? alongside = null, string? reason = null) =>
        CommandAsync(actor, async step =>
        {
            if (alongside is not null) await alongside(step.Db, ct);
            foreach (var id in instanceIds)
            {
                var run = await step.LoadRunAsync(id);
                if (run.Instance.Status != InstanceStatus.Running)
                    throw new ConflictException("INSTANCE_NOT_RUNNING", $"流程实例 {id} 已结束，不能再更正其数据。");
                run.SetVariables(variables);
                run.History(HistoryEvents.VariablesSet, null, reason is null
                    ? new { names = variables.Keys.Order().ToList() }
                    : (object)new { names = variables.Keys.Order().ToList(), reason });
            }
            return instanceIds.Count;
        }, ct);
}
