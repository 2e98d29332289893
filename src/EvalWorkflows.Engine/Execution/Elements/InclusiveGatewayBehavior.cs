using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Inclusive gateway (BPMN 2.0.2 §13.4.4). Fork: every outgoing flow whose condition holds (no condition =
/// holds), else the default flow; none is an error. Join: arriving tokens wait as rows; the gateway fires once
/// a token waits on at least one incoming flow and no other token of the same scope can still arrive at it on
/// any path, consuming one token per incoming flow that has one. That check runs whenever the tokens in flight
/// have come to rest, so a branch that ends elsewhere releases the join too.
/// </summary>
internal sealed class InclusiveGatewayBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        if (a.Node.Incoming.Count > 1) run.Rest(a.Node, a.Scope, TokenState.Joining, a.Via?.Id);
        else Fork(run, a.Node, a.Scope);
        return Task.CompletedTask;
    }

    private static void Fork(InstanceRun run, FlowNode node, Guid? scope)
    {
        run.CurrentScope = scope;
        var flows = run.SelectOutgoing(node);
        run.History(HistoryEvents.ElementLeft, node, new { flows = flows.Select(f => f.Id) });
        run.Take(node, scope, flows);
    }

    /// <summary>Fires every inclusive join that nothing else can still reach; whether any fired.</summary>
    public static bool FireReadyJoins(InstanceRun run)
    {
        var fired = false;
        foreach (var (elementId, scope) in run.Joins.Waiting())
        {
            var join = run.Graph[elementId];
            if (join.Kind != NodeKind.InclusiveGateway) continue;
            var stillComing = run.Tokens.Any(t => t.ScopeTokenId == scope && !(t.ElementId == join.Id && t.State == TokenState.Joining)
                && run.Graph.CanReach(run.Graph[t.ElementId], join));
            if (stillComing) continue;
            foreach (var t in run.Joins.TakeArrived(join, scope)) run.Remove(t);
            Fork(run, join, scope);
            fired = true;
        }
        return fired;
    }
}
