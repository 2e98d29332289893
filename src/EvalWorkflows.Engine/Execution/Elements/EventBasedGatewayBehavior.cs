namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>Waits on every event after it at once; the first to fire wins and the others are withdrawn.</summary>
internal sealed class EventBasedGatewayBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var token = run.Rest(a.Node, a.Scope);
        foreach (var flow in a.Node.Outgoing) run.Arm(flow.Target, token);
        return Task.CompletedTask;
    }
}
