using System.Text;

namespace EvalWorkflows.Engine.Tests.Support;

/// <summary>Definitions too large to keep as fixture files, written out by size.</summary>
public static class GeneratedBpmn
{
    public static string Process(string id, string body) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ew="http://evalworkflows.org/schema/bpmn" id="defs_{id}" targetNamespace="http://evalworkflows.org/tests">
          <bpmn:process id="{id}" isExecutable="true">{body}</bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>sub1 holds sub2 holds … sub{depth}, each entered from its own start event.</summary>
    public static string NestedSubProcesses(int depth)
    {
        var body = new StringBuilder("""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="sub1" />""");
        for (var i = 1; i <= depth; i++)
        {
            body.Append($"""<bpmn:subProcess id="sub{i}"><bpmn:startEvent id="start{i}" />""");
            if (i < depth) body.Append($"""<bpmn:sequenceFlow id="f{i}" sourceRef="start{i}" targetRef="sub{i + 1}" />""");
        }
        for (var i = 1; i <= depth; i++) body.Append("</bpmn:subProcess>");
        return Process("nested", body.ToString());
    }

    /// <summary>A plain process whose documentation holds <paramref name="depth"/> nested elements.</summary>
    public static string DeepDocumentation(int depth) => Process("deep-doc",
        $"""<bpmn:documentation>{string.Concat(Enumerable.Repeat("<x>", depth))}{string.Concat(Enumerable.Repeat("</x>", depth))}</bpmn:documentation>"""
        + """<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" /><bpmn:endEvent id="end" />""");

    /// <summary>start → fork → n plain tasks → join → wait (a user task), so the instance rests after the join.</summary>
    public static string ForkJoin(int branches)
    {
        var body = new StringBuilder("""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" /><bpmn:parallelGateway id="fork" /><bpmn:parallelGateway id="join" />""");
        for (var i = 0; i < branches; i++)
            body.Append($"""<bpmn:task id="t{i}" /><bpmn:sequenceFlow id="a{i}" sourceRef="fork" targetRef="t{i}" /><bpmn:sequenceFlow id="b{i}" sourceRef="t{i}" targetRef="join" />""");
        body.Append("""<bpmn:sequenceFlow id="f1" sourceRef="join" targetRef="wait" /><bpmn:userTask id="wait" />""");
        return Process("fork-join", body.ToString());
    }

    /// <summary>start → a timer catch event "wait" of the given kind and value → end.</summary>
    public static string TimerCatch(string kind, string value) => Process("timer-bounds",
        $"""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" /><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" /><bpmn:endEvent id="end" />""");

    /// <summary>A timer start event "tick" with the given cycle, then a user task.</summary>
    public static string StartCycle(string cycle) => Process("start-cycle",
        $"""<bpmn:startEvent id="tick"><bpmn:timerEventDefinition><bpmn:timeCycle>{cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent><bpmn:sequenceFlow id="f1" sourceRef="tick" targetRef="check" /><bpmn:userTask id="check" />""");
}
