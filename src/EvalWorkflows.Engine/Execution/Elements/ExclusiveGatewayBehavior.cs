namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>Takes the first outgoing flow (in document order) whose condition holds, else the default flow.</summary>
internal sealed class ExclusiveGatewayBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        var flow = node.Outgoing.FirstOrDefault(f => f.Id != node.DefaultFlowId && (f.Condition is null || run.Condition(f.Condition)))
            ?? node.Outgoing.FirstOrDefault(f => f.Id == node.DefaultFlowId)
            ?? throw new WorkflowException("NO_FLOW", $"{node} 没有条件成立的出口，也没有默认流向。");
        run.History(Persistence.HistoryEvents.ElementLeft, node, new { flow = flow.Id });
        run.Take(node, a.Scope, [flow]);
        return Task.CompletedTask;
    }
}
