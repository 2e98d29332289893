using System.Text.Json;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// One instance's state within a command: its resting tokens, waits and variables, loaded once and tracked,
/// and the queue of tokens in flight. Behaviours move tokens through it; the command commits it.
/// </summary>
internal sealed partial class InstanceRun
{
    private readonly Queue<Activation> _queue = new();
    private readonly HashSet<Guid?> _endedScopes = [];
    private readonly Dictionary<Guid, Func<Task>> _finishing = [];

    public required Step Step { get; init; }
    public required InstanceRecord Instance { get; init; }
    public required ProcessGraph Graph { get; init; }
    public required Dictionary<string, object?> Variables { get; init; }
    public required List<TokenRecord> Tokens { get; init; }
    public required List<JobRecord> Jobs { get; init; }
    public required List<SubscriptionRecord> Subscriptions { get; init; }
    public required List<UserTaskRecord> OpenTasks { get; init; }
    public bool Finished => Instance.Status != InstanceStatus.Running;

    private JoinIndex? _joins;
    private HashSet<Guid>? _tokenIds;
    /// <summary>The tokens waiting at joins, indexed (built on first use, then kept in step with the tokens).</summary>
    public JoinIndex Joins => _joins ??= new JoinIndex(Tokens);
    private HashSet<Guid> TokenIds => _tokenIds ??= Tokens.Select(t => t.Id).ToHashSet();

    public static async Task<InstanceRun> LoadAsync(Step step, InstanceRecord instance, ProcessGraph graph)
    {
        var (db, id, ct) = (step.Db, instance.Id, step.Cancellation);
        return new InstanceRun
        {
            Step = step,
            Instance = instance,
            Graph = graph,
            Variables = ScriptValues.ParseJson(instance.VariablesJson),
            Tokens = await StepReads.TokensAsync(db, id, ct),
            Jobs = await StepReads.JobsAsync(db, id, ct),
            Subscriptions = await StepReads.SubscriptionsAsync(db, id, ct),
            OpenTasks = await StepReads.OpenTasksAsync(db, id, ct),
        };
    }

    public void Enqueue(FlowNode node, Guid? scope, SequenceFlow? via) => _queue.Enqueue(new(node, scope, via));

    /// <summary>Ends the wait of a resting token through its element's behaviour, then runs on from there.</summary>
    public async Task ResumeAsync(TokenRecord token, Resumption why)
    {
        CurrentScope = token.ScopeTokenId;
        await Behaviors.For(Graph[token.ElementId]).ResumeAsync(this, token, why);
        await RunAsync();
    }

    /// <summary>Moves every token in flight to its next wait state or end, then completes emptied scopes.</summary>
    public async Task RunAsync()
    {
        while (true)
        {
            while (_queue.TryDequeue(out var a))
            {
                if (Finished) { _queue.Clear(); break; }
                if (a.Scope is { } s && !TokenIds.Contains(s)) continue; // its scope was cancelled meanwhile
                Step.CountStep(a.Node);
                Current = a.Node;
                CurrentScope = a.Scope;
                History(HistoryEvents.ElementEntered, a.Node, a.Via is null ? null : new { via = a.Via.Id });
                if (Step.ParkAt?.GetValueOrDefault(a.Node.Id) is { } error) { Park(a, error); continue; }
                await Behaviors.For(a.Node, IsInstanceOf(a.Node, a.Scope)).EnterAsync(this, a);
            }
            if (await FinishScopesAsync()) continue;
            if (Elements.InclusiveGatewayBehavior.FireReadyJoins(this)) continue;
            if (!await CompleteEmptiedScopesAsync()) return;
        }
    }

    /// <summary>
    /// Ends <paramref name="scope"/> once the tokens in flight have moved: <paramref name="finish"/> cancels what
    /// still runs in it and moves on. Until then, nothing else may finish it a second time.
    /// </summary>
    public void Finish(TokenRecord scope, Func<Task> finish) => _finishing.TryAdd(scope.Id, finish);

    public bool IsFinishing(TokenRecord scope) => _finishing.ContainsKey(scope.Id);

    private async Task<bool> FinishScopesAsync()
    {
        if (_finishing.Count == 0) return false;
        foreach (var (id, finish) in _finishing.ToList())
        {
            if (Finished) break;
            if (TokenIds.Contains(id)) await finish();
            _finishing.Remove(id);
        }
        return true;
    }

    private async Task<bool> CompleteEmptiedScopesAsync()
    {
        var progressed = false;
        foreach (var scope in _endedScopes.ToList())
        {
            _endedScopes.Remove(scope);
            if (Finished || Tokens.Any(t => t.ScopeTokenId == scope)) continue;
            if (scope is null) { await CompleteInstanceAsync(); return false; }
            var scopeToken = Tokens.FirstOrDefault(t => t.Id == scope);
            if (scopeToken is null) continue;
            Leave(Graph[scopeToken.ElementId], scopeToken);
            progressed = true;
        }
        return progressed || _queue.Count > 0;
    }

    /// <summary>A token ended in a scope (end event, or an activity without outgoing flows).</summary>
    public void EndedIn(Guid? scope) => _endedScopes.Add(scope);

    public TokenRecord Rest(FlowNode node, Guid? scope, TokenState state = TokenState.Waiting, string? arrivedVia = null)
    {
        var token = new TokenRecord
        {
            Id = Step.NewId(), InstanceId = Instance.Id, ElementId = node.Id, ScopeTokenId = scope,
            State = state, ArrivedVia = arrivedVia, CreatedAt = Step.Now,
        };
        Tokens.Add(token);
        _tokenIds?.Add(token.Id);
        _joins?.Arrived(token);
        Step.Db.Add(token);
        return token;
    }

    /// <summary>The token leaves its node: its waits go, and it follows the node's outgoing flows.</summary>
    public void Leave(FlowNode node, TokenRecord? token, Guid? scope = null)
    {
        if (token is not null) { scope = token.ScopeTokenId; Remove(token); }
        History(HistoryEvents.ElementLeft, node, null);
        // One instance of a multi-instance activity done: the body decides whether the activity is.
        if (IsInstanceOf(node, scope))
        {
            Elements.MultiInstanceBehavior.InstanceCompleted(this, node, Token(scope)!);
            return;
        }
        CurrentScope = scope;
        Take(node, scope, SelectOutgoing(node));
    }

    /// <summary>Whether <paramref name="scope"/> is one instance of <paramref name="node"/> as a multi-instance activity.</summary>
    public bool IsInstanceOf(FlowNode node, Guid? scope) =>
        node.MultiInstance is not null && Token(scope) is { State: TokenState.MultiInstance } t && t.ElementId == node.Id;

    public void Take(FlowNode node, Guid? scope, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0) { EndedIn(scope); return; }
        foreach (var f in flows) Enqueue(f.Target, scope, f);
    }

    /// <summary>Activities and events: every flow whose condition holds (no condition = holds), else the default flow.</summary>
    public IReadOnlyList<SequenceFlow> SelectOutgoing(FlowNode node)
    {
        if (node.Outgoing.Count == 0) return [];
        var chosen = node.Outgoing.Where(f => f.Id != node.DefaultFlowId && (f.Condition is null || Condition(f.Condition))).ToList();
        if (chosen.Count == 0 && node.DefaultFlowId is { } d) chosen.Add(node.Outgoing.First(f => f.Id == d));
        if (chosen.Count == 0)
            throw new WorkflowException("NO_FLOW", $"{node} 的所有出口条件均不成立，且没有默认流向。");
        return chosen;
    }

    /// <summary>Removes a resting token and everything that waits on its behalf.</summary>
    public void Remove(TokenRecord token)
    {
        Tokens.Remove(token);
        _tokenIds?.Remove(token.Id);
        _joins?.Removed(token);
        Step.Db.Remove(token);
        foreach (var j in Jobs.Where(j => j.TokenId == token.Id).ToList())
        {
            Jobs.Remove(j);
            Step.Db.Remove(j);
            // A suspended job's incident goes with it: the step it was stuck on no longer exists.
            if (j.Suspended) Step.ResolveIncidentsOf(j.Id, WorkflowEngine.CancelledWithStep);
        }
        foreach (var s in Subscriptions.Where(s => s.TokenId == token.Id).ToList()) { Subscriptions.Remove(s); Step.Db.Remove(s); }
    }

    /// <summary>Cancels a token and, for a scope, everything inside it; open tasks are marked cancelled.</summary>
    public async Task CancelAsync(TokenRecord token)
    {
        foreach (var child in Tokens.Where(t => t.ScopeTokenId == token.Id).ToList()) await CancelAsync(child);
        foreach (var task in OpenTasks.Where(t => t.TokenId == token.Id).ToList())
        {
            task.Status = TaskStatus.Cancelled;
            task.Revision++;
            OpenTasks.Remove(task);
        }
        await Behaviors.For(Graph[token.ElementId]).CancelAsync(this, token);
        Remove(token);
        History(HistoryEvents.ElementCancelled, Graph[token.ElementId], null);
    }

    /// <summary>
    /// A terminate end event: every token of its scope ends. At process level the instance then ends with
    /// status Terminated (a caller waiting on it still carries on, as when it completes).
    /// </summary>
    public async Task TerminateAsync(Guid? scope)
    {
        foreach (var t in Tokens.Where(t => t.ScopeTokenId == scope).ToList()) await CancelAsync(t);
        _queue.Clear();
        _terminatedByEndEvent |= scope is null;
        EndedIn(scope);
    }

    private bool _terminatedByEndEvent;

    /// <summary>
    /// Ends the instance early (terminated by an end event, an uncaught error, its caller interrupted): whatever
    /// still runs in it is cancelled. A terminated instance does not resume its caller.
    /// </summary>
    public async Task EndAsync(InstanceStatus status, object? why)
    {
        foreach (var t in Tokens.Where(t => t.ScopeTokenId is null).ToList()) await CancelAsync(t);
        _queue.Clear();
        DisarmProcessLevel();
        Instance.Status = status;
        Instance.EndedAt = Step.Now;
        History(HistoryEvents.InstanceTerminated, null, why);
    }

    /// <summary>The process-level event sub-processes stop listening when the process ends.</summary>
    private void DisarmProcessLevel() => Disarm(null, Graph.EventSubProcessStarts(null).Select(s => s.Id).ToHashSet());

    private async Task CompleteInstanceAsync()
    {
        DisarmProcessLevel();
        Instance.Status = _terminatedByEndEvent ? InstanceStatus.Terminated : InstanceStatus.Completed;
        Instance.EndedAt = Step.Now;
        if (_terminatedByEndEvent) History(HistoryEvents.InstanceTerminated, Current, new { reason = "terminate-end-event" });
        else History(HistoryEvents.InstanceCompleted, null, null);
        if (Instance.ParentInstanceId is { } parentId)
        {
            var parent = await Step.LoadRunAsync(parentId);
            // The call activity may have been interrupted meanwhile: then nobody waits for this child.
            if (parent.Tokens.FirstOrDefault(t => t.Id == Instance.ParentTokenId) is { } waiting)
                await parent.ResumeAsync(waiting, new ChildCompleted(this));
        }
    }

    public void SetVariables(IDictionary<string, object?>? values)
    {
        if (values is null) return;
        foreach (var (k, v) in values) Variables[k] = ScriptValues.ToScript(v);
    }

    public void History(string @event, FlowNode? node, object? data, string? actor = null) =>
        Step.HistoryRows.Add(new HistoryRecord
        {
            InstanceId = Instance.Id, At = Step.Now, Event = @event, ElementId = node?.Id, ElementType = node?.XmlName,
            Actor = actor ?? Step.Actor, DataJson = data is null ? null : JsonSerializer.Serialize(data),
        });

    /// <summary>Writes variables back and bumps the revision, which the database checks on update.</summary>
    public void Flush()
    {
        Instance.VariablesJson = ScriptValues.ToJson(Variables);
        Instance.Revision++;
    }
}
