using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Embedded sub-process: a scope token rests on it while tokens run inside; when the last inner token ends
/// the scope token leaves (see InstanceRun.RunAsync).
/// </summary>
internal sealed class SubProcessBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var scope = run.Rest(a.Node, a.Scope, TokenState.Scope);
        run.ArmBoundaries(a.Node, scope);
        EventSubProcesses.Arm(run, a.Node, scope);
        var start = run.Graph.StartEvents(a.Node).First(s => s.Trigger == EventTrigger.None);
        run.Enqueue(start, scope.Id, null);
        return Task.CompletedTask;
    }
}
