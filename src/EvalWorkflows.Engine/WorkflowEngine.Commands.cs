using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Execution.Elements;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine;

public sealed record CorrelationResult(Guid InstanceId, bool StartedNewInstance);

/// <summary>
/// The caller's own writes (a domain record the command is about), made on the command's DbContext so they
/// commit, or roll back, with the workflow step: a refused command leaves nothing half-written behind.
/// </summary>
public delegate Task AlongsideWrites(DbContext db, CancellationToken cancellationToken);

public sealed partial class WorkflowEngine
{
    /// <summary>Starts the latest version of <paramref name="definitionKey"/> at its none start event.</summary>
    public Task<Guid> StartAsync(string definitionKey, string? businessKey, IDictionary<string, object?>? variables,
        string? actor, CancellationToken ct = default, AlongsideWrites? alongside = null) =>
        CommandAsync(actor, async step =>
        {
            if (alongside is not null) await alongside(step.Db, ct);
            var run = await step.StartLatestAsync(definitionKey, businessKey, variables);
            return run.Instance.Id;
        }, ct);

    /// <summary>Completes an open user task with an outcome; its data fields become instance variables.</summary>
    public Task CompleteTaskAsync(Guid taskId, string? outcome, IDictionary<string, object?>? data, string? actor,
        CancellationToken ct = default, AlongsideWrites? alongside = null) =>
        CommandAsync(actor, async step =>
        {
            if (alongside is not null) await alongside(step.Db, ct);
            var (run, tracked) = await OpenTaskAsync(step, taskId, ct);
            await run.ResumeAsync(run.Tokens.First(t => t.Id == tracked.TokenId), new TaskCompleted(tracked, outcome, data));
            return true;
        }, ct);

    /// <summary>
    /// Delivers a message to the oldest wait for it with this correlation key, or else starts an instance at a
    /// message start event (the key becomes its business key). Nothing waiting is an error, never silence.
    /// </summary>
    public Task<CorrelationResult> CorrelateMessageAsync(string messageName, string? correlationKey,
        IDictionary<string, object?>? variables, string? actor, CancellationToken ct = default, AlongsideWrites? alongside = null) =>
        CommandAsync(actor, async step =>
        {
            if (alongside is not null) await alongside(step.Db, ct);
            var subs = step.Db.Set<SubscriptionRecord>();
            var sub = await subs.Where(s => s.Kind == SubscriptionKind.Message && s.MessageName == messageName && s.InstanceId != null && s.CorrelationKey == correlationKey)
                .OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(ct);
            if (sub is not null)
            {
                var run = await step.LoadRunAsync(sub.InstanceId!.Value);
                var owner = run.Token(sub.TokenId); // none for an event sub-process at process level
                // Read apart, the wait and its instance can straddle another step's commit (PostgreSQL reads each
                // statement afresh): a wait that is gone from the loaded instance was taken meanwhile.
                if (!run.Subscriptions.Any(s => s.Id == sub.Id) || sub.TokenId is not null && owner is null)
                    throw new ChangedMeanwhileException();
                var node = run.Graph[sub.ElementId];
                run.SetVariables(variables);
                run.History(HistoryEvents.MessageCorrelated, node, new { message = messageName, correlationKey });
                run.Subscriptions.RemoveAll(s => s.Id == sub.Id);
                step.Db.Remove(sub);
                await Behaviors.For(node).TriggerAsync(run, node, owner);
                await run.RunAsync();
                return new CorrelationResult(run.Instance.Id, false);
            }
            var startSub = await subs.Where(s => s.Kind == SubscriptionKind.Message && s.MessageName == messageName && s.DefinitionId != null).FirstOrDefaultAsync(ct)
                ?? throw new NoSubscriberException($"没有流程在等待消息“{messageName}”（关联键“{correlationKey}”）。");
            var def = await step.DefinitionAsync(startSub.DefinitionId!.Value);
            var started = await step.StartAsync(def, def.Graph[startSub.ElementId], correlationKey, variables);
            started.History(HistoryEvents.MessageCorrelated, started.Graph[startSub.ElementId], new { message = messageName, correlationKey });
            return new CorrelationResult(started.Instance.Id, true);
        }, ct);

    /// <summary>
    /// Broadcasts a signal to every instance waiting for it and starts every process with a signal start event
    /// of that name, in one step. Returns how many waits and starts it reached; none is no error.
    /// </summary>
    public Task<int> BroadcastSignalAsync(string signalName, IDictionary<string, object?>? variables, string? actor,
        CancellationToken ct = default) =>
        CommandAsync(actor, step => Signals.BroadcastAsync(step, signalName, variables, null), ct);
}
