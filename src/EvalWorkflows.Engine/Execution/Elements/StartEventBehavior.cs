using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// A start event passes the token on; the start event of an event sub-process is also triggered by the timer,
/// message or signal armed for it, which starts its event sub-process.
/// </summary>
internal sealed class StartEventBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        run.Leave(a.Node, null, a.Scope);
        return Task.CompletedTask;
    }

    public Task TriggerAsync(InstanceRun run, FlowNode node, TokenRecord? owner) => EventSubProcesses.TriggerAsync(run, node, owner);
}
