using EvalWorkflows.Engine.Expressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>Semantic checks on a parsed graph: every problem is reported with its element id and type.</summary>
public static partial class DefinitionValidator
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    internal static partial System.Text.RegularExpressions.Regex VariableName();

    [System.Text.RegularExpressions.GeneratedRegex(@"\btask_due(_on)?\b")]
    private static partial System.Text.RegularExpressions.Regex TaskDueReference();

    public static void Validate(ProcessGraph graph, Func<string, bool> isHandlerRegistered, List<DefinitionProblem> problems,
        EngineLimits? limits = null)
    {
        limits ??= new EngineLimits();
        void Add(string id, string type, string message) => problems.Add(new(id, type, message));
        void Add_(FlowNode n, string message) => Add(n.Id, n.XmlName, message);

        var topStarts = graph.StartEvents(null).ToList();
        if (topStarts.Count == 0) Add(graph.Key, "process", "流程没有开始事件。");
        if (topStarts.Count(s => s.Trigger == EventTrigger.None) > 1)
            Add(graph.Key, "process", "流程有多个无触发的开始事件，无法确定从哪一个启动。");

        foreach (var flow in graph.Flows.Values)
            if (flow.Condition is { } c && ScribanExpressions.ExpressionError(c) is { } err)
                Add(flow.Id, "sequenceFlow", $"条件“{c}”无法解析：{err}");

        foreach (var n in graph.Nodes.Values.Where(n => !n.Unsupported))
        {
            CheckFlows(n, Add_);
            CheckEvent(n, limits, Add_);
            if (Math.Max(n.Incoming.Count, n.Outgoing.Count) > limits.MaxBranches)
                Add_(n, $"该元素有 {Math.Max(n.Incoming.Count, n.Outgoing.Count)} 条分支，超过上限 {limits.MaxBranches} 条。");
            CheckKind(n, graph, isHandlerRegistered, Add_);
            foreach (var (prop, value) in n.Properties)
                if (ExpressionProperties.Contains(prop) && ScribanExpressions.ExpressionError(value) is { } err)
                    Add_(n, $"ew:{prop}“{value}”无法解析：{err}");
            if (n.MultiInstance is { } mi) CheckMultiInstance(n, mi, Add_);
            foreach (var m in n.Inputs.Concat(n.Outputs))
            {
                if (string.IsNullOrWhiteSpace(m.Target)) Add_(n, "变量映射缺少 target。");
                if (string.IsNullOrWhiteSpace(m.Source) || ScribanExpressions.ExpressionError(m.Source) is not null)
                    Add_(n, $"变量映射的 source“{m.Source}”不是有效的表达式。");
            }
        }
    }

    /// <summary>
    /// Extension attributes that hold Scriban expressions, checked at deploy. A notice's recipients (ew:to, ew:cc)
    /// may also be an address list or template text; the host that sends notices checks them.
    /// </summary>
    private static readonly HashSet<string> ExpressionProperties = ["dueDate", "correlationKey"];

    private static void CheckFlows(FlowNode n, Action<FlowNode, string> add)
    {
        if (n.Kind == NodeKind.StartEvent && n.Incoming.Count > 0) add(n, "开始事件不能有流入的顺序流。");
        if (n.Kind == NodeKind.EndEvent && n.Outgoing.Count > 0) add(n, "结束事件不能有流出的顺序流。");
        if (n.Kind == NodeKind.BoundaryEvent && n.Incoming.Count > 0) add(n, "边界事件不能有流入的顺序流。");
        if (n.Kind == NodeKind.BoundaryEvent && n.Outgoing.Count == 0) add(n, "边界事件没有流出的顺序流。");
        if (n.TriggeredByEvent && n.Incoming.Count + n.Outgoing.Count > 0) add(n, "事件子流程不能有流入或流出的顺序流。");
        if (n.Kind is not (NodeKind.StartEvent or NodeKind.BoundaryEvent) && !n.TriggeredByEvent && n.Incoming.Count == 0)
            add(n, "该元素没有流入的顺序流，永远无法到达。");
        if (n.Kind is NodeKind.ExclusiveGateway or NodeKind.ParallelGateway or NodeKind.EventBasedGateway or NodeKind.InclusiveGateway && n.Outgoing.Count == 0)
            add(n, "网关没有流出的顺序流。");
        if (n.Kind is NodeKind.StartEvent or NodeKind.IntermediateCatchEvent && n.Outgoing.Count == 0)
            add(n, "该事件没有流出的顺序流。");
        if (n.DefaultFlowId is { } d)
        {
            var flow = n.Outgoing.FirstOrDefault(f => f.Id == d);
            if (flow is null) add(n, $"默认流向“{d}”不是该元素的流出顺序流。");
            else if (flow.Condition is not null) add(n, $"默认流向“{d}”不能带条件。");
        }
        if (n.Kind == NodeKind.ExclusiveGateway && n.Outgoing.Count > 1)
            foreach (var f in n.Outgoing.Where(f => f.Condition is null && f.Id != n.DefaultFlowId))
                add(n, $"排他网关的流出顺序流“{f.Id}”需要条件，或须设为默认流向。");
        if (n.Kind is NodeKind.ParallelGateway or NodeKind.EventBasedGateway)
            foreach (var f in n.Outgoing.Where(f => f.Condition is not null))
                add(n, $"从 {n.XmlName} 流出的顺序流“{f.Id}”不能带条件。");
    }

    /// <summary>The triggers each kind of event runs; anything else is refused by name.</summary>
    private static readonly Dictionary<NodeKind, EventTrigger[]> AllowedTriggers = new()
    {
        [NodeKind.StartEvent] = [EventTrigger.None, EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal],
        [NodeKind.IntermediateCatchEvent] = [EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal],
        [NodeKind.BoundaryEvent] = [EventTrigger.Timer, EventTrigger.Message, EventTrigger.Error, EventTrigger.Escalation, EventTrigger.Signal],
        [NodeKind.IntermediateThrowEvent] = [EventTrigger.None, EventTrigger.Message, EventTrigger.Escalation, EventTrigger.Signal],
        [NodeKind.EndEvent] = [EventTrigger.None, EventTrigger.Message, EventTrigger.Terminate, EventTrigger.Error, EventTrigger.Escalation, EventTrigger.Signal],
    };

    private static readonly EventTrigger[] EventSubProcessTriggers =
        [EventTrigger.Timer, EventTrigger.Message, EventTrigger.Error, EventTrigger.Escalation, EventTrigger.Signal];

    private static readonly Dictionary<EventTrigger, string> TriggerNames = new()
    {
        [EventTrigger.None] = "无触发", [EventTrigger.Timer] = "定时器", [EventTrigger.Message] = "消息",
        [EventTrigger.Terminate] = "终止", [EventTrigger.Error] = "错误", [EventTrigger.Escalation] = "升级",
        [EventTrigger.Signal] = "信号",
    };

    private static void CheckEvent(FlowNode n, EngineLimits limits, Action<FlowNode, string> add)
    {
        if (n.Trigger == EventTrigger.Timer) CheckTimer(n, limits, add);
        if (!AllowedTriggers.TryGetValue(n.Kind, out var allowed)) return;
        if (ProcessGraph.IsEventSubProcessStart(n))
        {
            if (!EventSubProcessTriggers.Contains(n.Trigger))
                add(n, $"事件子流程的开始事件须有触发（可用：{string.Join("、", EventSubProcessTriggers.Select(t => TriggerNames[t]))}）。");
            if (n.Trigger == EventTrigger.Error && !n.CancelActivity) add(n, "错误开始事件总是中断，不能设 isInterrupting=\"false\"。");
        }
        else if (n.Kind == NodeKind.StartEvent && n.Parent is not null && n.Trigger != EventTrigger.None)
            add(n, "子流程的开始事件必须是无触发的开始事件。");
        else if (!allowed.Contains(n.Trigger))
            add(n, $"{n.XmlName} 不支持{TriggerNames[n.Trigger]}事件定义（可用：{string.Join("、", allowed.Select(t => TriggerNames[t]))}）。");
        var throws = n.Kind is NodeKind.EndEvent or NodeKind.IntermediateThrowEvent;
        if (throws && n.Trigger is EventTrigger.Error or EventTrigger.Escalation && n.EventCode is null)
            add(n, n.Trigger == EventTrigger.Error ? "抛出的错误事件须引用带 errorCode 的 bpmn:error。" : "抛出的升级事件须引用带 escalationCode 的 bpmn:escalation。");
        if (n.Kind == NodeKind.BoundaryEvent && n.Trigger == EventTrigger.Error && !n.CancelActivity)
            add(n, "错误边界事件总是中断活动，不能设 cancelActivity=\"false\"。");
    }

    private static void CheckTimer(FlowNode n, EngineLimits limits, Action<FlowNode, string> add)
    {
        var t = n.Timer!;
        var given = new[] { t.TimeDate, t.TimeDuration, t.TimeCycle }.Count(v => v is not null);
        if (given != 1)
        {
            add(n, "定时器须且只能设置 timeDate、timeDuration、timeCycle 其中之一。");
            return;
        }
        if (n.Kind == NodeKind.StartEvent && !ProcessGraph.IsEventSubProcessStart(n) && t.TimeDuration is not null)
            add(n, "定时开始事件需要 timeDate 或 timeCycle。");
        if (TimerExpressions.CheckLiteralOrExpression(t, limits) is { } err) add(n, err);
        var readsTaskDue = TaskDueReference().IsMatch(t.TimeDate ?? t.TimeDuration ?? t.TimeCycle!);
        if (readsTaskDue && !(n.Kind == NodeKind.BoundaryEvent && n.AttachedTo?.Kind == NodeKind.UserTask && n.AttachedTo.Property("dueDate") is not null))
            add(n, "task_due、task_due_on 只能用于附着在设有 ew:dueDate 的用户任务上的边界定时器。");
    }

    private static void CheckMultiInstance(FlowNode n, MultiInstanceSpec mi, Action<FlowNode, string> add)
    {
        if (!n.IsActivity) add(n, "只有活动可以设为多实例。");
        if ((mi.Cardinality is null) == (mi.Collection is null))
            add(n, "多实例活动须且只能设置 loopCardinality（次数）或 ew:collection（集合）其中之一。");
        if (mi.Collection is null && mi.ElementVariable is not null) add(n, "ew:elementVariable 需要同时设置 ew:collection。");
        if ((mi.OutputCollection is null) != (mi.OutputElement is null))
            add(n, "ew:outputCollection（输出集合的变量名）与 ew:outputElement（每个实例输出的表达式）须同时设置。");
        if (mi.OutputCollection is { } name && !VariableName().IsMatch(name))
            add(n, $"ew:outputCollection“{name}”不是合法的变量名（字母或下划线开头，只含字母、数字、下划线）。");
        foreach (var (what, expr) in new[] { ("loopCardinality", mi.Cardinality), ("ew:collection", mi.Collection), ("completionCondition", mi.CompletionCondition), ("ew:outputElement", mi.OutputElement) })
            if (expr is not null && ScribanExpressions.ExpressionError(expr) is { } err) add(n, $"{what}“{expr}”无法解析：{err}");
    }

    private static void CheckKind(FlowNode n, ProcessGraph g, Func<string, bool> isHandlerRegistered, Action<FlowNode, string> add)
    {
        switch (n.Kind)
        {
            case NodeKind.ReceiveTask when string.IsNullOrWhiteSpace(n.MessageRef):
                add(n, "接收任务没有 messageRef。");
                break;
            case NodeKind.ServiceTask or NodeKind.SendTask or NodeKind.BusinessRuleTask:
            case NodeKind.IntermediateThrowEvent or NodeKind.EndEvent when n.Trigger == EventTrigger.Message:
                if (n.Property("type") is not { Length: > 0 } type)
                    add(n, n.IsActivity ? $"{n.XmlName} 没有指定处理程序类型（ew:type）。"
                        : $"抛出消息的{n.XmlName}须指定发送消息的处理程序（ew:type），与发送任务相同。");
                else if (!isHandlerRegistered(type))
                    add(n, $"没有注册类型为“{type}”的处理程序。");
                break;
            case NodeKind.SubProcess when n.TriggeredByEvent:
                if (g.StartEvents(n).Count() != 1) add(n, "事件子流程须有且只有一个开始事件。");
                if (n.Boundaries.Count > 0 || n.MultiInstance is not null) add(n, "事件子流程不能有边界事件或多实例。");
                break;
            case NodeKind.SubProcess:
                if (!g.StartEvents(n).Any(s => s.Trigger == EventTrigger.None))
                    add(n, "子流程没有无触发的开始事件。");
                break;
            case NodeKind.CallActivity when string.IsNullOrWhiteSpace(n.CalledElement):
                add(n, "调用活动没有指定 calledElement。");
                break;
            case NodeKind.EventBasedGateway:
                foreach (var f in n.Outgoing.Where(f => f.Target.Kind != NodeKind.IntermediateCatchEvent || f.Target.Incoming.Count != 1))
                    add(n, $"事件网关的顺序流“{f.Id}”必须指向仅由该网关到达的定时器或消息捕获事件。");
                break;
            case NodeKind.UserTask when n.Property("dueVariable") is not null && n.Property("dueDate") is null:
                add(n, "ew:dueVariable 需要同时设置 ew:dueDate。");
                break;
            case NodeKind.UserTask when n.Property("outcomes") is { } outcomes && outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0:
                add(n, "ew:outcomes 为空。");
                break;
        }
    }
}
