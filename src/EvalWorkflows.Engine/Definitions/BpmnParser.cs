using System.Xml;
using System.Xml.Linq;
using static EvalWorkflows.Engine.Definitions.BpmnNames;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>
/// Reads BPMN 2.0 XML into a <see cref="ProcessGraph"/>. Structural problems are collected, not thrown, so a
/// deploy can report every problem at once; semantic checks follow in <see cref="DefinitionValidator"/>.
/// </summary>
public static partial class BpmnParser
{
    private static readonly Dictionary<string, NodeKind> Kinds = new()
    {
        ["startEvent"] = NodeKind.StartEvent,
        ["endEvent"] = NodeKind.EndEvent,
        ["intermediateCatchEvent"] = NodeKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = NodeKind.IntermediateThrowEvent,
        ["boundaryEvent"] = NodeKind.BoundaryEvent,
        ["userTask"] = NodeKind.UserTask,
        ["serviceTask"] = NodeKind.ServiceTask,
        ["sendTask"] = NodeKind.SendTask,
        ["task"] = NodeKind.Task,
        ["manualTask"] = NodeKind.ManualTask,
        ["receiveTask"] = NodeKind.ReceiveTask,
        ["businessRuleTask"] = NodeKind.BusinessRuleTask,
        ["exclusiveGateway"] = NodeKind.ExclusiveGateway,
        ["parallelGateway"] = NodeKind.ParallelGateway,
        ["eventBasedGateway"] = NodeKind.EventBasedGateway,
        ["inclusiveGateway"] = NodeKind.InclusiveGateway,
        ["subProcess"] = NodeKind.SubProcess,
        ["callActivity"] = NodeKind.CallActivity,
    };

    /// <summary>Elements that carry no execution semantics and are ignored.</summary>
    private static readonly HashSet<string> Ignored =
    [
        "sequenceFlow", "documentation", "extensionElements", "laneSet", "textAnnotation", "association",
        "dataObject", "dataObjectReference", "dataStoreReference", "group", "category", "property",
        "ioSpecification", "dataInputAssociation", "dataOutputAssociation", "incoming", "outgoing",
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", // read with their activity
    ];

    public static (ProcessGraph? Graph, List<DefinitionProblem> Problems) Parse(string xml, EngineLimits? limits = null)
    {
        limits ??= new EngineLimits();
        var problems = new List<DefinitionProblem>();
        if (BpmnDocument.Load(xml, limits, problems) is not { } doc) return (null, problems);
        if (doc.Root?.Name != Bpmn + "definitions")
        {
            problems.Add(new("", doc.Root?.Name.LocalName ?? "", "根元素必须是 bpmn:definitions（BPMN 2.0 命名空间）。"));
            return (null, problems);
        }
        if (ExecutableProcess(doc.Root, problems) is not { } process) return (null, problems);
        var key = (string?)process.Attribute("id");
        if (string.IsNullOrWhiteSpace(key))
        {
            problems.Add(new("", "process", "流程没有 id（id 即流程定义键）。"));
            return (null, problems);
        }

        var state = new ParseState(problems, RootReferences(doc.Root), limits);
        ReadScope(process, null, 0, state);
        if (state.Nodes.Count + state.Flows.Count > limits.MaxElements)
        {
            problems.Add(new(key, "process", $"流程的元素与顺序流超过上限 {limits.MaxElements} 个，未继续检查。"));
            return (null, problems);
        }
        LinkFlows(state);
        LinkBoundaries(state);

        var graph = new ProcessGraph
        {
            Key = key,
            Name = (string?)process.Attribute("name"),
            Nodes = state.Nodes,
            Flows = state.Flows,
        };
        return (graph, problems);
    }

    /// <summary>
    /// The one process of the file that may run. A collaboration's other pools (the institution, another
    /// authority) are drawn as processes with <c>isExecutable="false"</c> and are documentation only.
    /// </summary>
    private static XElement? ExecutableProcess(XElement root, List<DefinitionProblem> problems)
    {
        var processes = root.Elements(Bpmn + "process").ToList();
        var executable = processes
            .Where(p => !string.Equals((string?)p.Attribute("isExecutable"), "false", StringComparison.OrdinalIgnoreCase)).ToList();
        if (executable.Count == 1) return executable[0];
        problems.Add(new("", "process", processes.Count == 0 ? "文件中没有 bpmn:process。"
            : executable.Count == 0 ? "文件中的流程都标记为不可执行（isExecutable=\"false\"），没有可部署的流程。"
            : $"一个文件只能有一个可执行的流程，实际为 {executable.Count} 个（其余参与者的流程请标记 isExecutable=\"false\"）。"));
        return null;
    }

    /// <param name="References">The file's messages, errors, escalations and signals: by kind, then by id, what they name.</param>
    private sealed record ParseState(List<DefinitionProblem> Problems, Dictionary<string, Dictionary<string, string?>> References, EngineLimits Limits)
    {
        public Dictionary<string, FlowNode> Nodes { get; } = [];
        public Dictionary<string, SequenceFlow> Flows { get; } = [];
        public Dictionary<string, FlowNode?> FlowScopes { get; } = [];
    }

    private static void ReadScope(XElement scope, FlowNode? parent, int depth, ParseState s)
    {
        foreach (var el in scope.Elements())
        {
            if (s.Nodes.Count + s.Flows.Count > s.Limits.MaxElements) return;
            if (el.Name.Namespace != Bpmn) continue;
            var local = el.Name.LocalName;
            var id = (string?)el.Attribute("id");
            if (local == "sequenceFlow") { ReadFlow(el, parent, s); continue; }
            if (Ignored.Contains(local)) continue;
            if (string.IsNullOrWhiteSpace(id))
            {
                s.Problems.Add(new("", local, $"第 {Line(el)} 行的 {local} 元素没有 id。"));
                continue;
            }
            if (s.Nodes.ContainsKey(id) || s.Flows.ContainsKey(id))
            {
                s.Problems.Add(new(id, local, $"id“{id}”重复使用。"));
                continue;
            }
            var node = Kinds.TryGetValue(local, out var kind) ? ReadNode(el, id, local, kind, s) : Unsupported(el, id, local, s);
            node.Parent = parent;
            parent?.Children.Add(node);
            s.Nodes[id] = node;
            if (kind != NodeKind.SubProcess || node.Unsupported) continue;
            if (depth + 1 > s.Limits.MaxSubProcessDepth)
                s.Problems.Add(new(id, local, $"子流程嵌套超过 {s.Limits.MaxSubProcessDepth} 层。"));
            else ReadScope(el, node, depth + 1, s);
        }
    }

    /// <summary>Elements modelers draw that the engine does not run, by the names they know them by.</summary>
    private static readonly Dictionary<string, string> UnsupportedElements = new()
    {
        ["scriptTask"] = "脚本任务", ["complexGateway"] = "复杂网关", ["transaction"] = "事务子流程",
        ["adHocSubProcess"] = "临时子流程", ["callChoreography"] = "调用编排", ["choreographyTask"] = "编排任务",
        ["subChoreography"] = "子编排", ["implicitThrowEvent"] = "隐式抛出事件",
    };

    private static FlowNode Unsupported(XElement el, string id, string local, ParseState s)
    {
        var name = UnsupportedElements.TryGetValue(local, out var n) ? $"{n}（{local}）" : $"“{local}”";
        s.Problems.Add(new(id, local, $"本引擎不支持{name}。"));
        return new FlowNode { Id = id, Name = (string?)el.Attribute("name"), Kind = NodeKind.Task, XmlName = local, Unsupported = true };
    }

    private static FlowNode ReadNode(XElement el, string id, string local, NodeKind kind, ParseState s)
    {
        var (trigger, timer, messageRef, code, refused) = ReadEventDefinition(el, id, local, s);
        // A receive task waits for its message as a message catch event does.
        if (kind == NodeKind.ReceiveTask) (trigger, messageRef) = (EventTrigger.Message, (string?)el.Attribute("messageRef"));
        var node = new FlowNode
        {
            Id = id,
            Name = (string?)el.Attribute("name"),
            Kind = kind,
            XmlName = local,
            Properties = ReadProperties(el),
            DefaultFlowId = (string?)el.Attribute("default"),
            Trigger = trigger,
            Timer = timer,
            MessageRef = messageRef,
            EventCode = code,
            AttachedToId = (string?)el.Attribute("attachedToRef"),
            CancelActivity = !string.Equals((string?)el.Attribute(kind == NodeKind.StartEvent ? "isInterrupting" : "cancelActivity"), "false", StringComparison.OrdinalIgnoreCase),
            TriggeredByEvent = string.Equals((string?)el.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase),
            CalledElement = (string?)el.Attribute("calledElement"),
            Inputs = ReadMappings(el, "in"),
            Outputs = ReadMappings(el, "out"),
            MultiInstance = ReadMultiInstance(el, id, local, s),
            Unsupported = refused,
        };
        if (messageRef is not null)
        {
            if (!s.References["message"].TryGetValue(messageRef, out var name))
                s.Problems.Add(new(id, local, $"messageRef“{messageRef}”在本文件中没有对应的 bpmn:message。"));
            else if (string.IsNullOrWhiteSpace(name))
                s.Problems.Add(new(id, local, $"bpmn:message“{messageRef}”没有用于关联的 name。"));
            else node.MessageName = name;
        }
        return node;
    }

    private static MultiInstanceSpec? ReadMultiInstance(XElement el, string id, string local, ParseState s)
    {
        if (el.Element(Bpmn + "standardLoopCharacteristics") is not null)
            s.Problems.Add(new(id, local, "不支持 standardLoopCharacteristics（循环活动）：请用排他网关画出循环，每一轮都可见、可审计。"));
        if (el.Element(Bpmn + "multiInstanceLoopCharacteristics") is not { } mi) return null;
        string? Text(string n) => mi.Element(Bpmn + n)?.Value.Trim() is { Length: > 0 } t ? StripBraces(t) : null;
        var spec = new MultiInstanceSpec(
            string.Equals((string?)mi.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            Text("loopCardinality"), (string?)mi.Attribute(Ew + "collection") is { Length: > 0 } c ? StripBraces(c) : null,
            (string?)mi.Attribute(Ew + "elementVariable"), Text("completionCondition"),
            (string?)mi.Attribute(Ew + "outputCollection") is { Length: > 0 } oc ? oc.Trim() : null,
            (string?)mi.Attribute(Ew + "outputElement") is { Length: > 0 } oe ? StripBraces(oe) : null);
        if (mi.Element(Bpmn + "loopDataInputRef") is not null || mi.Element(Bpmn + "inputDataItem") is not null)
            s.Problems.Add(new(id, local, "多实例活动不支持 loopDataInputRef/inputDataItem：请用 ew:collection 与 ew:elementVariable。"));
        if (mi.Elements().Any(e => e.Name.LocalName is "complexBehaviorDefinition" or "loopDataOutputRef" or "outputDataItem"))
            s.Problems.Add(new(id, local, "多实例活动不支持 complexBehaviorDefinition、loopDataOutputRef、outputDataItem：输出请用 ew:outputCollection 与 ew:outputElement。"));
        return spec;
    }

    private static Dictionary<string, string> ReadProperties(XElement el)
    {
        var props = el.Attributes().Where(a => a.Name.Namespace == Ew)
            .ToDictionary(a => a.Name.LocalName, a => a.Value);
        foreach (var p in el.Element(Bpmn + "extensionElements")?.Elements(Ew + "property") ?? [])
            if ((string?)p.Attribute("name") is { } n) props[n] = (string?)p.Attribute("value") ?? p.Value;
        return props;
    }

    private static List<VariableMapping> ReadMappings(XElement el, string kind) =>
        (el.Element(Bpmn + "extensionElements")?.Elements(Ew + kind) ?? [])
            .Select(m => new VariableMapping((string?)m.Attribute("source") ?? "", (string?)m.Attribute("target") ?? ""))
            .ToList();

    private static void ReadFlow(XElement el, FlowNode? parent, ParseState s)
    {
        var id = (string?)el.Attribute("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            s.Problems.Add(new("", "sequenceFlow", $"第 {Line(el)} 行的顺序流没有 id。"));
            return;
        }
        if (s.Flows.ContainsKey(id) || s.Nodes.ContainsKey(id))
        {
            s.Problems.Add(new(id, "sequenceFlow", $"id“{id}”重复使用。"));
            return;
        }
        var conditionElement = el.Element(Bpmn + "conditionExpression");
        var condition = conditionElement?.Value.Trim();
        // Conditions are Scriban expressions; one written for another engine (JUEL, FEEL, a script) would be
        // read with other rules and give other answers, so it is refused rather than guessed at.
        if ((string?)conditionElement?.Attribute("language") is { Length: > 0 } language
            && !string.Equals(language, "scriban", StringComparison.OrdinalIgnoreCase))
            s.Problems.Add(new(id, "sequenceFlow", $"不支持条件语言“{language}”：条件须为 Scriban 表达式（不写 language，或写 scriban）。"));
        s.Flows[id] = new SequenceFlow
        {
            Id = id,
            Name = (string?)el.Attribute("name"),
            SourceId = (string?)el.Attribute("sourceRef") ?? "",
            TargetId = (string?)el.Attribute("targetRef") ?? "",
            Condition = string.IsNullOrEmpty(condition) ? null : StripBraces(condition),
        };
        s.FlowScopes[id] = parent;
    }

    /// <summary>Accepts both <c>approved == true</c> and the <c>${approved == true}</c> / <c>{{ … }}</c> styles.</summary>
    private static string StripBraces(string c) =>
        c.StartsWith("${") && c.EndsWith('}') ? c[2..^1].Trim()
        : c.StartsWith("{{") && c.EndsWith("}}") ? c[2..^2].Trim()
        : c;

    private static void LinkFlows(ParseState s)
    {
        foreach (var flow in s.Flows.Values)
        {
            var scope = s.FlowScopes[flow.Id];
            if (!s.Nodes.TryGetValue(flow.SourceId, out var source))
                s.Problems.Add(new(flow.Id, "sequenceFlow", flow.SourceId == "" ? "顺序流没有 sourceRef。" : $"顺序流的起点“{flow.SourceId}”不存在。"));
            if (!s.Nodes.TryGetValue(flow.TargetId, out var target))
                s.Problems.Add(new(flow.Id, "sequenceFlow", flow.TargetId == "" ? "顺序流没有 targetRef（缺少终点）。" : $"顺序流的终点“{flow.TargetId}”不存在。"));
            if (source is null || target is null) continue;
            if (source.Parent != scope || target.Parent != scope)
            {
                s.Problems.Add(new(flow.Id, "sequenceFlow", "顺序流不能跨越子流程边界。"));
                continue;
            }
            flow.Source = source;
            flow.Target = target;
            source.Outgoing.Add(flow);
            target.Incoming.Add(flow);
        }
    }

    private static void LinkBoundaries(ParseState s)
    {
        foreach (var b in s.Nodes.Values.Where(n => n.Kind == NodeKind.BoundaryEvent))
        {
            if (b.AttachedToId is null || !s.Nodes.TryGetValue(b.AttachedToId, out var host))
            {
                s.Problems.Add(new(b.Id, b.XmlName, b.AttachedToId is null ? "边界事件没有 attachedToRef。" : $"attachedToRef“{b.AttachedToId}”不存在。"));
                continue;
            }
            if (!host.IsActivity)
            {
                s.Problems.Add(new(b.Id, b.XmlName, $"边界事件必须附着在活动上，而不是 {host}。"));
                continue;
            }
            b.AttachedTo = host;
            host.Boundaries.Add(b);
        }
    }

    private static int Line(XElement el) => ((IXmlLineInfo)el).LineNumber;
}
