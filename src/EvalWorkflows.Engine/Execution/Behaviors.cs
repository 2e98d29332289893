using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution.Elements;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>What one kind of BPMN element does when a token arrives, when its wait is triggered, when it is cancelled.</summary>
internal interface IElementBehavior
{
    Task EnterAsync(InstanceRun run, Activation a);

    /// <summary>A timer or message armed for this element fired; <paramref name="owner"/> is the token that armed it.</summary>
    Task TriggerAsync(InstanceRun run, FlowNode node, TokenRecord owner) =>
        throw new InvalidOperationException($"{node} cannot be triggered.");

    Task CancelAsync(InstanceRun run, TokenRecord token) => Task.CompletedTask;
}

/// <summary>The one table from element kind to behaviour; adding an element kind adds one line here.</summary>
internal static class Behaviors
{
    private static readonly Dictionary<NodeKind, IElementBehavior> Table = new()
    {
        [NodeKind.StartEvent] = new PassThroughBehavior(),
        [NodeKind.IntermediateThrowEvent] = new PassThroughBehavior(),
        [NodeKind.Task] = new PassThroughBehavior(),
        [NodeKind.ManualTask] = new PassThroughBehavior(),
        [NodeKind.EndEvent] = new EndEventBehavior(),
        [NodeKind.UserTask] = new UserTaskBehavior(),
        [NodeKind.ServiceTask] = new ServiceTaskBehavior(),
        [NodeKind.SendTask] = new ServiceTaskBehavior(),
        [NodeKind.ExclusiveGateway] = new ExclusiveGatewayBehavior(),
        [NodeKind.ParallelGateway] = new ParallelGatewayBehavior(),
        [NodeKind.EventBasedGateway] = new EventBasedGatewayBehavior(),
        [NodeKind.IntermediateCatchEvent] = new CatchEventBehavior(),
        [NodeKind.BoundaryEvent] = new BoundaryEventBehavior(),
        [NodeKind.SubProcess] = new SubProcessBehavior(),
        [NodeKind.CallActivity] = new CallActivityBehavior(),
    };

    public static IElementBehavior For(FlowNode node) => Table[node.Kind];
}
