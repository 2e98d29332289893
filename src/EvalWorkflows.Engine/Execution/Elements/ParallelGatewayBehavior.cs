using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Join: waits until a token has arrived by every incoming flow (tokens wait as rows, so a join survives
/// restarts), then forks onto every outgoing flow.
/// </summary>
internal sealed class ParallelGatewayBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        if (node.Incoming.Count > 1)
        {
            run.Rest(node, a.Scope, TokenState.Joining, a.Via?.Id);
            var waiting = run.Tokens.Where(t => t.ElementId == node.Id && t.ScopeTokenId == a.Scope && t.State == TokenState.Joining).ToList();
            var arrivals = node.Incoming.Select(f => waiting.FirstOrDefault(t => t.ArrivedVia == f.Id)).ToList();
            if (arrivals.Any(t => t is null)) return Task.CompletedTask;
            foreach (var t in arrivals) run.Remove(t!);
        }
        run.History(HistoryEvents.ElementLeft, node, null);
        run.Take(node, a.Scope, node.Outgoing);
        return Task.CompletedTask;
    }
}
