using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// The tokens waiting at each join of one instance, by incoming flow, kept in step with the token list, so an
/// arrival is counted in constant time instead of rescanning every waiting token (which made a join of n
/// branches cost n² or worse).
/// </summary>
internal sealed class JoinIndex(IEnumerable<TokenRecord> tokens)
{
    private sealed class Waits
    {
        public Dictionary<string, Queue<TokenRecord>> ByFlow { get; } = [];
    }

    private readonly Dictionary<(string ElementId, Guid? Scope), Waits> _joins = Build(tokens);

    private static Dictionary<(string, Guid?), Waits> Build(IEnumerable<TokenRecord> tokens)
    {
        var joins = new Dictionary<(string, Guid?), Waits>();
        foreach (var t in tokens.Where(t => t.State == TokenState.Joining)) Add(joins, t);
        return joins;
    }

    private static void Add(Dictionary<(string, Guid?), Waits> joins, TokenRecord token)
    {
        var key = (token.ElementId, token.ScopeTokenId);
        if (!joins.TryGetValue(key, out var waits)) joins[key] = waits = new Waits();
        var flow = token.ArrivedVia ?? "";
        if (!waits.ByFlow.TryGetValue(flow, out var queue)) waits.ByFlow[flow] = queue = new Queue<TokenRecord>();
        queue.Enqueue(token);
    }

    public void Arrived(TokenRecord token)
    {
        if (token.State == TokenState.Joining) Add(_joins, token);
    }

    /// <summary>A token left the join by other means (cancelled): it no longer counts as arrived.</summary>
    public void Removed(TokenRecord token)
    {
        if (token.State != TokenState.Joining || !_joins.TryGetValue((token.ElementId, token.ScopeTokenId), out var waits)) return;
        if (!waits.ByFlow.TryGetValue(token.ArrivedVia ?? "", out var queue)) return;
        var rest = queue.Where(t => t != token).ToList();
        if (rest.Count == queue.Count) return;
        queue.Clear();
        foreach (var t in rest) queue.Enqueue(t);
        if (queue.Count == 0) waits.ByFlow.Remove(token.ArrivedVia ?? "");
    }

    /// <summary>The joins (element and scope) at which some token waits.</summary>
    public IEnumerable<(string ElementId, Guid? Scope)> Waiting() =>
        _joins.Where(j => j.Value.ByFlow.Count > 0).Select(j => j.Key).ToList();

    /// <summary>The oldest token on each incoming flow that has one, taken out of the index (an inclusive join firing).</summary>
    public List<TokenRecord> TakeArrived(FlowNode join, Guid? scope)
    {
        var waits = _joins[(join.Id, scope)];
        var taken = new List<TokenRecord>();
        foreach (var flow in waits.ByFlow.Keys.ToList())
        {
            var queue = waits.ByFlow[flow];
            taken.Add(queue.Dequeue());
            if (queue.Count == 0) waits.ByFlow.Remove(flow);
        }
        return taken;
    }

    /// <summary>
    /// When a token waits on every incoming flow of <paramref name="join"/> in <paramref name="scope"/>, the
    /// oldest one per flow, taken out of the index; otherwise null. The caller removes them from the instance.
    /// </summary>
    public List<TokenRecord>? TakeIfComplete(FlowNode join, Guid? scope)
    {
        if (!_joins.TryGetValue((join.Id, scope), out var waits) || waits.ByFlow.Count < join.Incoming.Count) return null;
        if (join.Incoming.Any(f => !waits.ByFlow.ContainsKey(f.Id))) return null;
        var taken = new List<TokenRecord>(join.Incoming.Count);
        foreach (var f in join.Incoming)
        {
            var queue = waits.ByFlow[f.Id];
            taken.Add(queue.Dequeue());
            if (queue.Count == 0) waits.ByFlow.Remove(f.Id);
        }
        return taken;
    }
}
