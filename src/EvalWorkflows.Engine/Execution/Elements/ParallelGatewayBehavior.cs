using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Join: waits until a token has arrived by every incoming flow (tokens wait as rows, so a join survives
/// restarts), then forks onto every outgoing flow. Each arrival costs the same whatever the branch count
/// (see <see cref="JoinIndex"/>), so fork and join are linear in the branches.
/// </summary>
internal sealed class ParallelGatewayBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        if (node.Incoming.Count > 1)
        {
            run.Rest(node, a.Scope, TokenState.Joining, a.Via?.Id);
            if (run.Joins.TakeIfComplete(node, a.Scope) is not { } arrivals) return Task.CompletedTask;
            foreach (var t in arrivals) run.Remove(t);
        }
        run.History(HistoryEvents.ElementLeft, node, null);
        run.Take(node, a.Scope, node.Outgoing);
        return Task.CompletedTask;
    }
}
