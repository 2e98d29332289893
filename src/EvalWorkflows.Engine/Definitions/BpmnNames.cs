using System.Xml.Linq;

namespace EvalWorkflows.Engine.Definitions;

public static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    /// <summary>Our one extension namespace; its moddle descriptor for bpmn-js is workflows/evalworkflows.moddle.json.</summary>
    public static readonly XNamespace Ew = "http://evalworkflows.org/schema/bpmn";
}
