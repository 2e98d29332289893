using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Intermediate throw events: a none event passes the token on, a signal is broadcast first; an escalation is thrown first, and the token
/// passes on unless the catch interrupted the scope it was in.
/// </summary>
internal sealed class ThrowEventBehavior : IElementBehavior
{
    public async Task EnterAsync(InstanceRun run, Activation a)
    {
        if (a.Node.Trigger == EventTrigger.Signal) await Signals.BroadcastAsync(run.Step, a.Node.EventCode!, null, run);
        if (a.Node.Trigger == EventTrigger.Escalation
            && await ThrownEvents.ThrowAsync(run, EventTrigger.Escalation, a.Node.EventCode!, a.Node, null, a.Scope))
            return;
        run.Leave(a.Node, null, a.Scope);
    }
}
