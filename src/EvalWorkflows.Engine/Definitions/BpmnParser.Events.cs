using System.Xml.Linq;
using static EvalWorkflows.Engine.Definitions.BpmnNames;

namespace EvalWorkflows.Engine.Definitions;

public static partial class BpmnParser
{
    /// <summary>The root elements events refer to, and the attribute that carries what is matched at run time.</summary>
    private static readonly Dictionary<string, string> ReferenceAttributes = new()
    {
        ["message"] = "name", ["error"] = "errorCode", ["escalation"] = "escalationCode", ["signal"] = "name",
    };

    /// <summary>Event definitions the engine does not run, by the name people use for them.</summary>
    private static readonly Dictionary<string, string> UnsupportedDefinitions = new()
    {
        ["conditionalEventDefinition"] = "条件事件", ["compensateEventDefinition"] = "补偿事件",
        ["cancelEventDefinition"] = "取消事件", ["linkEventDefinition"] = "链接事件",
    };

    private static Dictionary<string, Dictionary<string, string?>> RootReferences(XElement root) =>
        ReferenceAttributes.ToDictionary(r => r.Key, r => root.Elements(Bpmn + r.Key)
            .Where(e => e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute(r.Value)));

    private static (EventTrigger, TimerSpec?, string? MessageRef, string? Code, bool Refused) ReadEventDefinition(XElement el, string id, string local, ParseState s)
    {
        var defs = el.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition")).ToList();
        var workingDays = WorkingDayTimer.Attributes(el);
        if (workingDays.Count > 0 && (defs.Count != 1 || defs[0].Name.LocalName != "timerEventDefinition"))
            s.Problems.Add(new(id, local, $"{string.Join("、", workingDays.Keys)} 只能用于定时器事件。"));
        if (defs.Count == 0) return (EventTrigger.None, null, null, null, false);
        if (defs.Count > 1)
        {
            s.Problems.Add(new(id, local, "不支持一个事件上有多个事件定义。"));
            return (EventTrigger.None, null, null, null, true);
        }
        var def = defs[0];
        switch (def.Name.LocalName)
        {
            case "timerEventDefinition":
                string? Text(string n) => def.Element(Bpmn + n)?.Value.Trim() is { Length: > 0 } t ? t : null;
                var timeDate = workingDays.Count == 0 ? Text("timeDate") : WorkingDayTimer.TimeDate(workingDays, Text("timeDate") is not null, id, local, s.Problems);
                return (EventTrigger.Timer, new TimerSpec(timeDate, Text("timeDuration"), Text("timeCycle")), null, null, false);
            case "messageEventDefinition":
                var messageRef = (string?)def.Attribute("messageRef");
                if (string.IsNullOrWhiteSpace(messageRef))
                    s.Problems.Add(new(id, local, "消息事件定义没有 messageRef。"));
                return (EventTrigger.Message, null, messageRef, null, false);
            case "terminateEventDefinition":
                return (EventTrigger.Terminate, null, null, null, false);
            case "errorEventDefinition":
                return (EventTrigger.Error, null, null, Reference(def, "error", id, local, s), false);
            case "escalationEventDefinition":
                return (EventTrigger.Escalation, null, null, Reference(def, "escalation", id, local, s), false);
            case "signalEventDefinition":
                var signal = Reference(def, "signal", id, local, s);
                if (signal is null && def.Attribute("signalRef") is null) s.Problems.Add(new(id, local, "信号事件定义没有 signalRef。"));
                return (EventTrigger.Signal, null, null, signal, false);
            default:
                var name = UnsupportedDefinitions.TryGetValue(def.Name.LocalName, out var n) ? $"{n}（{def.Name.LocalName}）" : $"“{def.Name.LocalName}”";
                s.Problems.Add(new(id, local, $"本引擎不支持{name}。"));
                return (EventTrigger.None, null, null, null, true);
        }
    }

    /// <summary>
    /// The code or name behind an errorRef, escalationRef or signalRef; null when there is no reference (a
    /// catch-all error or escalation event) or when it cannot be resolved (a problem is added).
    /// </summary>
    private static string? Reference(XElement def, string kind, string id, string local, ParseState s)
    {
        if ((string?)def.Attribute(kind + "Ref") is not { Length: > 0 } reference) return null;
        var attribute = ReferenceAttributes[kind];
        if (!s.References[kind].TryGetValue(reference, out var value))
            s.Problems.Add(new(id, local, $"{kind}Ref“{reference}”在本文件中没有对应的 bpmn:{kind}。"));
        else if (string.IsNullOrWhiteSpace(value))
            s.Problems.Add(new(id, local, $"bpmn:{kind}“{reference}”没有 {attribute}。"));
        else return value;
        return null;
    }
}
