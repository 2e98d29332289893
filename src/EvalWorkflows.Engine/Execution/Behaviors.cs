using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution.Elements;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>What one kind of BPMN element does when a token arrives, when its wait is triggered, when it is cancelled.</summary>
internal interface IElementBehavior
{
    Task EnterAsync(InstanceRun run, Activation a);

    /// <summary>A timer or message armed for this element fired; <paramref name="owner"/> is the token that armed it.</summary>
    Task TriggerAsync(InstanceRun run, FlowNode node, TokenRecord? owner) =>
        throw new InvalidOperationException($"{node} cannot be triggered.");

    /// <summary>
    /// The wait <paramref name="token"/> rests in is over (a task completed, a handler's turn came, a child
    /// instance ended): the one way back into a waiting activity, for every kind of wait.
    /// </summary>
    Task ResumeAsync(InstanceRun run, TokenRecord token, Resumption why) =>
        throw new InvalidOperationException($"{run.Graph[token.ElementId]} does not wait for {why.GetType().Name}.");

    Task CancelAsync(InstanceRun run, TokenRecord token) => Task.CompletedTask;
}

/// <summary>Why a resting token is resumed.</summary>
internal abstract record Resumption;

/// <summary>Someone completed the user task the token waits on.</summary>
internal sealed record TaskCompleted(UserTaskRecord Task, string? Outcome, IDictionary<string, object?>? Data) : Resumption;

/// <summary>The continuation job of a service or send task is due: its handler runs now.</summary>
internal sealed record HandlerDue : Resumption
{
    public static readonly HandlerDue Now = new();
}

/// <summary>The child instance started by the call activity completed.</summary>
internal sealed record ChildCompleted(InstanceRun Child) : Resumption;

/// <summary>The one table from element kind to behaviour; adding an element kind adds one line here.</summary>
internal static class Behaviors
{
    private static readonly Dictionary<NodeKind, IElementBehavior> Table = new()
    {
        [NodeKind.StartEvent] = new StartEventBehavior(),
        [NodeKind.IntermediateThrowEvent] = new ThrowEventBehavior(),
        [NodeKind.Task] = new PassThroughBehavior(),
        [NodeKind.ManualTask] = new PassThroughBehavior(),
        [NodeKind.EndEvent] = new EndEventBehavior(),
        [NodeKind.UserTask] = new UserTaskBehavior(),
        [NodeKind.ServiceTask] = new ServiceTaskBehavior(),
        [NodeKind.SendTask] = new ServiceTaskBehavior(),
        [NodeKind.BusinessRuleTask] = new ServiceTaskBehavior(),
        [NodeKind.ReceiveTask] = new CatchEventBehavior(),
        [NodeKind.InclusiveGateway] = new InclusiveGatewayBehavior(),
        [NodeKind.ExclusiveGateway] = new ExclusiveGatewayBehavior(),
        [NodeKind.ParallelGateway] = new ParallelGatewayBehavior(),
        [NodeKind.EventBasedGateway] = new EventBasedGatewayBehavior(),
        [NodeKind.IntermediateCatchEvent] = new CatchEventBehavior(),
        [NodeKind.BoundaryEvent] = new BoundaryEventBehavior(),
        [NodeKind.SubProcess] = new SubProcessBehavior(),
        [NodeKind.CallActivity] = new CallActivityBehavior(),
    };

    private static readonly MultiInstanceBehavior MultiInstance = new();

    /// <summary>A message throw or end event sends its message as a send task does: through its handler, as a job of its own.</summary>
    private static readonly ServiceTaskBehavior MessageThrow = new();

    /// <summary>
    /// The behaviour of <paramref name="node"/>; a multi-instance activity is entered as a whole by its body, and
    /// only <paramref name="asInstance"/> (within one of its instances) as the activity itself.
    /// </summary>
    public static IElementBehavior For(FlowNode node, bool asInstance = true) =>
        node.MultiInstance is not null && !asInstance ? MultiInstance
        : node is { Trigger: EventTrigger.Message, Kind: NodeKind.IntermediateThrowEvent or NodeKind.EndEvent } ? MessageThrow
        : Table[node.Kind];
}
