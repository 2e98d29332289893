using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Timer, message, error and escalation boundary events. Interrupting: the activity (with everything inside it) is cancelled
/// and the token leaves by the boundary. Non-interrupting: a new token leaves by the boundary and the
/// activity carries on; a timer cycle is re-armed by the job runner.
/// </summary>
internal sealed class BoundaryEventBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a) =>
        throw new InvalidOperationException($"{a.Node} is never entered by a sequence flow.");

    public Task TriggerAsync(InstanceRun run, FlowNode node, TokenRecord? owner) => CatchAsync(run, node, owner!);

    /// <summary>The boundary event <paramref name="node"/> on the activity of <paramref name="owner"/> happened.</summary>
    public static async Task CatchAsync(InstanceRun run, FlowNode node, TokenRecord owner)
    {
        var scope = owner.ScopeTokenId;
        if (node.CancelActivity) await run.CancelAsync(owner);
        run.History(Persistence.HistoryEvents.ElementEntered, node, new { attachedTo = node.AttachedToId });
        run.Leave(node, null, scope);
    }
}
