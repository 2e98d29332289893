using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>None end event consumes the token; terminate end event ends every token of its scope.</summary>
internal sealed class EndEventBehavior : IElementBehavior
{
    public async Task EnterAsync(InstanceRun run, Activation a)
    {
        if (a.Node.Trigger == EventTrigger.Terminate) await run.TerminateAsync(a.Scope);
        else run.EndedIn(a.Scope);
    }
}
