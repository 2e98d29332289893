namespace EvalWorkflows.Engine.Definitions;

public enum NodeKind
{
    StartEvent, EndEvent, IntermediateCatchEvent, IntermediateThrowEvent, BoundaryEvent,
    UserTask, ServiceTask, SendTask, Task, ManualTask, ReceiveTask, BusinessRuleTask,
    ExclusiveGateway, ParallelGateway, EventBasedGateway, InclusiveGateway,
    SubProcess, CallActivity,
}

public enum EventTrigger { None, Timer, Message, Terminate, Error, Escalation, Signal }

/// <summary>A timer definition as written: exactly one of date, duration or cycle, each literal ISO 8601 or an expression.</summary>
public sealed record TimerSpec(string? TimeDate, string? TimeDuration, string? TimeCycle);

public sealed record VariableMapping(string Source, string Target);

/// <summary>
/// A multi-instance activity: the activity runs once per item of <see cref="Collection"/> (each instance sees its
/// item as <see cref="ElementVariable"/>) or <see cref="Cardinality"/> times, all at once or one after another,
/// until every instance completed or <see cref="CompletionCondition"/> holds.
/// </summary>
/// <summary>
/// A multi-instance activity: a count or a collection to run over, a completion condition, and optionally an output
/// collection (<c>ew:outputCollection</c>) gathering <c>ew:outputElement</c> as each instance completes.
/// </summary>
public sealed record MultiInstanceSpec(bool Sequential, string? Cardinality, string? Collection, string? ElementVariable,
    string? CompletionCondition, string? OutputCollection = null, string? OutputElement = null);

public sealed class SequenceFlow
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required string SourceId { get; init; }
    public required string TargetId { get; init; }
    public string? Condition { get; init; }
    public FlowNode Source { get; internal set; } = null!;
    public FlowNode Target { get; internal set; } = null!;
}

/// <summary>One element of an immutable process graph. Kind-specific fields are null where they do not apply.</summary>
public sealed class FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required NodeKind Kind { get; init; }
    /// <summary>The BPMN local name (userTask, boundaryEvent…), for messages and history.</summary>
    public required string XmlName { get; init; }
    /// <summary>The enclosing sub-process, or null at process level.</summary>
    public FlowNode? Parent { get; internal set; }
    public List<SequenceFlow> Incoming { get; } = [];
    public List<SequenceFlow> Outgoing { get; } = [];
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
    public string? DefaultFlowId { get; init; }
    public EventTrigger Trigger { get; init; }
    public TimerSpec? Timer { get; init; }
    /// <summary>The message name (not id) a message event waits for.</summary>
    public string? MessageName { get; internal set; }
    public string? MessageRef { get; init; }
    /// <summary>
    /// The error or escalation code an event throws or catches (null on a catching event: any code), or the
    /// name of the signal it throws or catches.
    /// </summary>
    public string? EventCode { get; init; }
    public string? AttachedToId { get; init; }
    public FlowNode? AttachedTo { get; internal set; }
    /// <summary>Interrupting: cancelActivity on a boundary event, isInterrupting on an event sub-process's start event.</summary>
    public bool CancelActivity { get; init; } = true;
    /// <summary>An event sub-process (triggeredByEvent): started by its start event's trigger, never by a flow.</summary>
    public bool TriggeredByEvent { get; init; }
    public List<FlowNode> Boundaries { get; } = [];
    /// <summary>Children of a sub-process.</summary>
    public List<FlowNode> Children { get; } = [];
    public string? CalledElement { get; init; }
    public IReadOnlyList<VariableMapping> Inputs { get; init; } = [];
    public IReadOnlyList<VariableMapping> Outputs { get; init; } = [];
    public MultiInstanceSpec? MultiInstance { get; init; }
    /// <summary>
    /// Refused by name at parse (an element or event definition the engine does not run). It stays in the graph
    /// so the flows around it link, and later checks skip it: the refusal is the one problem it causes.
    /// </summary>
    public bool Unsupported { get; init; }

    public string? Property(string name) => Properties.TryGetValue(name, out var v) ? v : null;
    public bool IsActivity => Kind is NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.SendTask
        or NodeKind.Task or NodeKind.ManualTask or NodeKind.ReceiveTask or NodeKind.BusinessRuleTask
        or NodeKind.SubProcess or NodeKind.CallActivity;
    public override string ToString() => $"{XmlName} '{Id}'";
}

/// <summary>A parsed, validated BPMN process: immutable once built.</summary>
public sealed class ProcessGraph
{
    public required string Key { get; init; }
    public string? Name { get; init; }
    public required IReadOnlyDictionary<string, FlowNode> Nodes { get; init; }
    public required IReadOnlyDictionary<string, SequenceFlow> Flows { get; init; }

    public FlowNode this[string id] => Nodes[id];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> _reaches = new();

    /// <summary>
    /// Whether a token on <paramref name="from"/> can still arrive at <paramref name="to"/> along sequence flows
    /// (its boundary events' flows included) without passing through <paramref name="to"/> first.
    /// </summary>
    public bool CanReach(FlowNode from, FlowNode to) => _reaches.GetOrAdd((from.Id, to.Id), _ =>
    {
        var seen = new HashSet<FlowNode> { from };
        var stack = new Stack<FlowNode>([from]);
        while (stack.TryPop(out var node))
            foreach (var next in node.Outgoing.Concat(node.Boundaries.SelectMany(b => b.Outgoing)).Select(f => f.Target))
            {
                if (next == to) return true;
                if (seen.Add(next)) stack.Push(next);
            }
        return false;
    });

    public IEnumerable<FlowNode> StartEvents(FlowNode? scope) =>
        Nodes.Values.Where(n => n.Kind == NodeKind.StartEvent && n.Parent == scope);

    private ILookup<string, FlowNode>? _eventStarts;

    /// <summary>The start events of the event sub-processes directly in <paramref name="scope"/> (null: the process).</summary>
    public IEnumerable<FlowNode> EventSubProcessStarts(FlowNode? scope) =>
        (_eventStarts ??= Nodes.Values.Where(n => n.Kind == NodeKind.StartEvent && n.Parent is { TriggeredByEvent: true })
            .ToLookup(n => n.Parent!.Parent?.Id ?? ""))[scope?.Id ?? ""];

    public static bool IsEventSubProcessStart(FlowNode node) => node.Kind == NodeKind.StartEvent && node.Parent is { TriggeredByEvent: true };
}

public sealed record DefinitionProblem(string ElementId, string ElementType, string Message);
