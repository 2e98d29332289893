using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Event sub-processes (BPMN 2.0.2 §10.3.5, triggeredByEvent). While their enclosing scope (the process, or a
/// sub-process) runs, the timer, message or signal of each one's start event is armed on the scope's token (on
/// no token at process level) and goes with the scope; errors and escalations reach them by propagation
/// (<see cref="ThrownEvents"/>). Interrupting: everything else in the scope is cancelled and the scope ends
/// when the event sub-process does. Non-interrupting: it runs beside the main flow, and its trigger stays armed.
/// </summary>
internal static class EventSubProcesses
{
    private static bool Armed(EventTrigger t) => t is EventTrigger.Timer or EventTrigger.Message or EventTrigger.Signal;

    /// <summary>Arms the waiting event sub-processes of a scope that has just started.</summary>
    public static void Arm(InstanceRun run, FlowNode? scope, TokenRecord? scopeToken)
    {
        foreach (var start in run.Graph.EventSubProcessStarts(scope).Where(s => Armed(s.Trigger)))
            run.Arm(start, scopeToken);
    }

    /// <summary>The event sub-process start in scope <paramref name="inside"/> that catches a thrown error or escalation.</summary>
    public static FlowNode? Catching(InstanceRun run, Guid? inside, EventTrigger kind, string code)
    {
        FlowNode? scope = null;
        if (inside is not null)
        {
            var token = run.Token(inside);
            if (token is not { State: TokenState.Scope }) return null; // a multi-instance body or instance: no sub-processes of its own
            scope = run.Graph[token.ElementId];
        }
        return ThrownEvents.Best(run.Graph.EventSubProcessStarts(scope), kind, code);
    }

    /// <summary>A timer, message or signal armed for <paramref name="start"/> fired, on behalf of its scope's token.</summary>
    public static async Task TriggerAsync(InstanceRun run, FlowNode start, TokenRecord? scopeToken)
    {
        await StartAsync(run, start, scopeToken?.Id);
        // A non-interrupting one keeps listening: the next message or signal starts it again (a timer cycle is re-armed by its job).
        if (!start.CancelActivity && start.Trigger is EventTrigger.Message or EventTrigger.Signal) run.Arm(start, scopeToken);
    }

    /// <summary>Starts the event sub-process of <paramref name="start"/> in <paramref name="scope"/>; whether it interrupted.</summary>
    public static async Task<bool> StartAsync(InstanceRun run, FlowNode start, Guid? scope)
    {
        var esp = start.Parent!;
        if (start.CancelActivity)
        {
            foreach (var t in run.Tokens.Where(t => t.ScopeTokenId == scope).ToList()) await run.CancelAsync(t);
            run.DropQueued(scope);
            run.Disarm(scope, run.Graph.EventSubProcessStarts(esp.Parent).Select(s => s.Id).ToHashSet());
        }
        var token = run.Rest(esp, scope, TokenState.Scope);
        run.History(HistoryEvents.ElementEntered, esp, new { trigger = start.Id });
        Arm(run, esp, token);
        run.Enqueue(start, token.Id, null);
        return start.CancelActivity;
    }
}
