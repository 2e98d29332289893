using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Intermediate timer and message catch events, and receive tasks (a message wait that is an activity, so it
/// may carry boundary events). The owner of the fired wait is either a token resting on
/// the event itself or one resting on the event-based gateway before it; either way the token moves on from
/// the event, and the gateway's other waits go with its token.
/// </summary>
internal sealed class CatchEventBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var token = run.Rest(a.Node, a.Scope);
        run.Arm(a.Node, token);
        run.ArmBoundaries(a.Node, token);
        return Task.CompletedTask;
    }

    public Task TriggerAsync(InstanceRun run, FlowNode node, TokenRecord? owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (owner.ElementId != node.Id)
        {
            var gateway = run.Graph[owner.ElementId];
            run.History(Persistence.HistoryEvents.ElementLeft, gateway, new { @event = node.Id });
            var scope = owner.ScopeTokenId;
            run.Remove(owner);
            run.History(Persistence.HistoryEvents.ElementEntered, node, null);
            run.Leave(node, null, scope);
            return Task.CompletedTask;
        }
        run.Leave(node, owner);
        return Task.CompletedTask;
    }
}
