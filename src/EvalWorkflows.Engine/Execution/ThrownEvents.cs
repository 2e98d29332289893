using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// BPMN errors and escalations (BPMN 2.0.2 §10.5.6): thrown from where they arise, they go up through the
/// enclosing scopes (the activity that threw, each enclosing sub-process or multi-instance body, then the call
/// activity that started the process) until a boundary event or an event sub-process catches them: a catcher
/// naming the code before one that catches any. An error interrupts what it leaves; an uncaught error refuses
/// the step (an incident in a job). An uncaught escalation has no effect.
/// </summary>
internal static class ThrownEvents
{
    /// <summary>
    /// Throws from <paramref name="source"/>: either an activity whose token is <paramref name="activity"/>, or
    /// an event in <paramref name="scope"/>. Returns whether the thrower was interrupted by the catch.
    /// </summary>
    public static async Task<bool> ThrowAsync(InstanceRun run, EventTrigger kind, string code, FlowNode source,
        TokenRecord? activity, Guid? scope)
    {
        var token = activity;
        var inside = activity?.ScopeTokenId ?? scope;
        while (true)
        {
            if (token is not null && CatchingBoundary(run, token, kind, code) is { } boundary)
            {
                Thrown(run, kind, code, source, boundary);
                await Elements.BoundaryEventBehavior.CatchAsync(run, boundary, token);
                return boundary.CancelActivity;
            }
            if (EventSubProcesses.Catching(run, inside, kind, code) is { } start)
            {
                Thrown(run, kind, code, source, start);
                return await EventSubProcesses.StartAsync(run, start, inside);
            }
            if (inside is null) break;
            token = run.Token(inside);
            inside = token?.ScopeTokenId;
        }
        if (run.Instance.ParentInstanceId is { } parentId) return await ThrowToCallerAsync(run, parentId, kind, code, source);
        Thrown(run, kind, code, source, null);
        if (kind == EventTrigger.Error)
            throw new UncaughtErrorException(source.Id, code, $"{source} 抛出的错误“{code}”没有被任何错误边界事件或事件子流程捕获。");
        return false;
    }

    /// <summary>
    /// Past the top of a called process, the call activity that started it throws on: an error ends the called
    /// instance first; an escalation leaves it running unless the catch interrupts the call activity.
    /// </summary>
    private static async Task<bool> ThrowToCallerAsync(InstanceRun child, Guid parentId, EventTrigger kind, string code, FlowNode source)
    {
        Thrown(child, kind, code, source, null);
        if (kind == EventTrigger.Error) await child.EndAsync(InstanceStatus.Terminated, new { reason = "error", code });
        var parent = await child.Step.LoadRunAsync(parentId);
        if (parent.Token(child.Instance.ParentTokenId) is not { } call) return kind == EventTrigger.Error;
        var interrupted = await ThrowAsync(parent, kind, code, parent.Graph[call.ElementId], call, null);
        await parent.RunAsync();
        return kind == EventTrigger.Error || interrupted;
    }

    /// <summary>The boundary event on the activity of <paramref name="token"/> that catches the code, if any.</summary>
    private static FlowNode? CatchingBoundary(InstanceRun run, TokenRecord token, EventTrigger kind, string code)
    {
        var node = run.Graph[token.ElementId];
        // A multi-instance activity's boundary events are on its body, not on each instance or inner activity.
        if (token.State == TokenState.MultiInstance || (node.MultiInstance is not null && token.State != TokenState.MultiInstanceBody))
            return null;
        return Best(node.Boundaries, kind, code);
    }

    /// <summary>Of the catching events, one naming <paramref name="code"/>, else one catching any code.</summary>
    public static FlowNode? Best(IEnumerable<FlowNode> events, EventTrigger kind, string code)
    {
        var candidates = events.Where(e => e.Trigger == kind && (e.EventCode is null || e.EventCode == code)).ToList();
        return candidates.FirstOrDefault(e => e.EventCode == code) ?? candidates.FirstOrDefault();
    }

    private static void Thrown(InstanceRun run, EventTrigger kind, string code, FlowNode source, FlowNode? caughtBy) =>
        run.History(HistoryEvents.EventThrown, source, new { kind = kind.ToString().ToLowerInvariant(), code, caughtBy = caughtBy?.Id });
}
