namespace EvalWorkflows.Benchmarks;

internal static class Processes
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ew="http://evalworkflows.org/schema/bpmn" id="d" targetNamespace="bench">
        """;

    public const string Review = Head + """
          <bpmn:process id="bench-review" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" default="f4" />
            <bpmn:sequenceFlow id="f3" sourceRef="gw" targetRef="endA"><bpmn:conditionExpression>approved == true</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f4" sourceRef="gw" targetRef="endB" />
            <bpmn:endEvent id="endA" />
            <bpmn:endEvent id="endB" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public const string Timer = Head + """
          <bpmn:process id="bench-timer" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>The reference process: start → three service tasks (each its own step) → user task → end.</summary>
    public const string Reference = Head + """
          <bpmn:process id="bench-reference" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="s1" />
            <bpmn:serviceTask id="s1" ew:type="noop" />
            <bpmn:sequenceFlow id="f2" sourceRef="s1" targetRef="s2" />
            <bpmn:serviceTask id="s2" ew:type="noop" />
            <bpmn:sequenceFlow id="f3" sourceRef="s2" targetRef="s3" />
            <bpmn:serviceTask id="s3" ew:type="noop" />
            <bpmn:sequenceFlow id="f4" sourceRef="s3" targetRef="decide" />
            <bpmn:userTask id="decide" />
            <bpmn:sequenceFlow id="f5" sourceRef="decide" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
