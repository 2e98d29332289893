using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// None end event consumes the token; terminate end event ends every token of its scope; error and escalation
/// end events throw (see <see cref="ThrownEvents"/>), an escalation then ending the token as a none end event;
/// a signal end event broadcasts its signal (see <see cref="Signals"/>), then ends the token.
/// </summary>
internal sealed class EndEventBehavior : IElementBehavior
{
    public async Task EnterAsync(InstanceRun run, Activation a)
    {
        switch (a.Node.Trigger)
        {
            case EventTrigger.Terminate:
                await run.TerminateAsync(a.Scope);
                break;
            case EventTrigger.Error:
                await ThrownEvents.ThrowAsync(run, EventTrigger.Error, a.Node.EventCode!, a.Node, null, a.Scope);
                break;
            case EventTrigger.Signal:
                await Signals.BroadcastAsync(run.Step, a.Node.EventCode!, null, run);
                run.EndedIn(a.Scope);
                break;
            case EventTrigger.Escalation:
                if (!await ThrownEvents.ThrowAsync(run, EventTrigger.Escalation, a.Node.EventCode!, a.Node, null, a.Scope))
                    run.EndedIn(a.Scope);
                break;
            default:
                run.EndedIn(a.Scope);
                break;
        }
    }
}
