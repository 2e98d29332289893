namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>None start event, plain and manual tasks: the token passes straight on.</summary>
internal sealed class PassThroughBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        run.Leave(a.Node, null, a.Scope);
        return Task.CompletedTask;
    }
}
