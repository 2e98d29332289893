using EvalWorkflows.Engine.Expressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>Semantic checks on a parsed graph: every problem is reported with its element id and type.</summary>
public static class DefinitionValidator
{
    public static void Validate(ProcessGraph graph, Func<string, bool> isHandlerRegistered, List<DefinitionProblem> problems)
    {
        void Add(string id, string type, string message) => problems.Add(new(id, type, message));
        void Add_(FlowNode n, string message) => Add(n.Id, n.XmlName, message);

        var topStarts = graph.StartEvents(null).ToList();
        if (topStarts.Count == 0) Add(graph.Key, "process", "The process has no start event.");
        if (topStarts.Count(s => s.Trigger == EventTrigger.None) > 1)
            Add(graph.Key, "process", "The process has more than one none start event; it could not tell which to start.");

        foreach (var flow in graph.Flows.Values)
            if (flow.Condition is { } c && ScribanExpressions.ExpressionError(c) is { } err)
                Add(flow.Id, "sequenceFlow", $"The condition '{c}' does not parse: {err}");

        foreach (var n in graph.Nodes.Values)
        {
            CheckFlows(n, Add_);
            CheckEvent(n, Add_);
            CheckKind(n, graph, isHandlerRegistered, Add_);
            foreach (var (prop, value) in n.Properties)
                if (ExpressionProperties.Contains(prop) && ScribanExpressions.ExpressionError(value) is { } err)
                    Add_(n, $"ew:{prop} '{value}' does not parse: {err}");
            foreach (var m in n.Inputs.Concat(n.Outputs))
            {
                if (string.IsNullOrWhiteSpace(m.Target)) Add_(n, "A variable mapping has no target.");
                if (string.IsNullOrWhiteSpace(m.Source) || ScribanExpressions.ExpressionError(m.Source) is not null)
                    Add_(n, $"The mapping source '{m.Source}' is not a valid expression.");
            }
        }
    }

    /// <summary>Extension attributes that hold Scriban expressions, checked at deploy.</summary>
    private static readonly HashSet<string> ExpressionProperties = ["dueDate", "correlationKey", "to", "cc"];

    private static void CheckFlows(FlowNode n, Action<FlowNode, string> add)
    {
        if (n.Kind == NodeKind.StartEvent && n.Incoming.Count > 0) add(n, "A start event may not have incoming flows.");
        if (n.Kind == NodeKind.EndEvent && n.Outgoing.Count > 0) add(n, "An end event may not have outgoing flows.");
        if (n.Kind == NodeKind.BoundaryEvent && n.Incoming.Count > 0) add(n, "A boundary event may not have incoming flows.");
        if (n.Kind == NodeKind.BoundaryEvent && n.Outgoing.Count == 0) add(n, "The boundary event has no outgoing flow.");
        if (n.Kind is not (NodeKind.StartEvent or NodeKind.BoundaryEvent) && n.Incoming.Count == 0)
            add(n, "The element has no incoming flow and can never be reached.");
        if (n.Kind is NodeKind.ExclusiveGateway or NodeKind.ParallelGateway or NodeKind.EventBasedGateway && n.Outgoing.Count == 0)
            add(n, "The gateway has no outgoing flows.");
        if (n.Kind is NodeKind.StartEvent or NodeKind.IntermediateCatchEvent && n.Outgoing.Count == 0)
            add(n, "The event has no outgoing flow.");
        if (n.DefaultFlowId is { } d)
        {
            var flow = n.Outgoing.FirstOrDefault(f => f.Id == d);
            if (flow is null) add(n, $"The default flow '{d}' is not one of the element's outgoing flows.");
            else if (flow.Condition is not null) add(n, $"The default flow '{d}' may not carry a condition.");
        }
        if (n.Kind == NodeKind.ExclusiveGateway && n.Outgoing.Count > 1)
            foreach (var f in n.Outgoing.Where(f => f.Condition is null && f.Id != n.DefaultFlowId))
                add(n, $"Outgoing flow '{f.Id}' of an exclusive gateway needs a condition or must be the default flow.");
        if (n.Kind is NodeKind.ParallelGateway or NodeKind.EventBasedGateway)
            foreach (var f in n.Outgoing.Where(f => f.Condition is not null))
                add(n, $"Flow '{f.Id}' leaving a {n.XmlName} may not carry a condition.");
    }

    private static void CheckEvent(FlowNode n, Action<FlowNode, string> add)
    {
        if (n.Trigger == EventTrigger.Timer) CheckTimer(n, add);
        switch (n.Kind)
        {
            case NodeKind.StartEvent when n.Trigger == EventTrigger.Terminate:
            case NodeKind.IntermediateCatchEvent when n.Trigger is EventTrigger.None or EventTrigger.Terminate:
            case NodeKind.BoundaryEvent when n.Trigger is EventTrigger.None or EventTrigger.Terminate:
                add(n, $"A {n.XmlName} needs a timer or message event definition.");
                break;
            case NodeKind.EndEvent when n.Trigger is EventTrigger.Timer or EventTrigger.Message:
            case NodeKind.IntermediateThrowEvent when n.Trigger != EventTrigger.None:
                add(n, "Throwing message or timer events are not supported; use a send task.");
                break;
            case NodeKind.StartEvent when n.Parent is not null && n.Trigger != EventTrigger.None:
                add(n, "A sub-process start event must be a none start event.");
                break;
        }
    }

    private static void CheckTimer(FlowNode n, Action<FlowNode, string> add)
    {
        var t = n.Timer!;
        var given = new[] { t.TimeDate, t.TimeDuration, t.TimeCycle }.Count(v => v is not null);
        if (given != 1)
        {
            add(n, "A timer needs exactly one of timeDate, timeDuration or timeCycle.");
            return;
        }
        if (n.Kind == NodeKind.StartEvent && t.TimeDuration is not null)
            add(n, "A timer start event needs timeDate or timeCycle.");
        if (TimerExpressions.CheckLiteralOrExpression(t) is { } err) add(n, err);
    }

    private static void CheckKind(FlowNode n, ProcessGraph g, Func<string, bool> isHandlerRegistered, Action<FlowNode, string> add)
    {
        switch (n.Kind)
        {
            case NodeKind.ServiceTask or NodeKind.SendTask:
                if (n.Property("type") is not { Length: > 0 } type)
                    add(n, $"The {n.XmlName} has no handler type (ew:type).");
                else if (!isHandlerRegistered(type))
                    add(n, $"No handler is registered for type '{type}'.");
                break;
            case NodeKind.SubProcess:
                if (!g.StartEvents(n).Any(s => s.Trigger == EventTrigger.None))
                    add(n, "The sub-process has no none start event.");
                break;
            case NodeKind.CallActivity when string.IsNullOrWhiteSpace(n.CalledElement):
                add(n, "The call activity has no calledElement.");
                break;
            case NodeKind.EventBasedGateway:
                foreach (var f in n.Outgoing.Where(f => f.Target.Kind != NodeKind.IntermediateCatchEvent || f.Target.Incoming.Count != 1))
                    add(n, $"Flow '{f.Id}' of an event-based gateway must lead to a timer or message catch event reached only from it.");
                break;
            case NodeKind.UserTask when n.Property("outcomes") is { } outcomes && outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0:
                add(n, "ew:outcomes is empty.");
                break;
        }
    }
}
