using System.Text.Json;
using System.Xml.Linq;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>
/// The studio loads workflows/evalworkflows.moddle.json to read and edit our ew: attributes; every one the shipped
/// workflows use must be declared there for the element that carries it, or a modeler would not show it.
/// </summary>
public sealed class ModdleDescriptorTests
{
    private static readonly XNamespace Ew = "http://evalworkflows.org/schema/bpmn";

    [Fact]
    public void Every_ew_attribute_in_the_shipped_workflows_is_declared_in_the_moddle_descriptor_for_its_element()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows");
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evalworkflows.moddle.json")));
        Assert.Equal(Ew.NamespaceName, descriptor.RootElement.GetProperty("uri").GetString());
        var declared = descriptor.RootElement.GetProperty("types").EnumerateArray()
            .Where(t => t.TryGetProperty("extends", out _))
            .SelectMany(t => t.GetProperty("extends").EnumerateArray().SelectMany(e =>
                t.GetProperty("properties").EnumerateArray().Select(p => (Type: e.GetString()!, Attribute: p.GetProperty("name").GetString()!))))
            .ToHashSet();

        var files = Directory.GetFiles(folder, "*.bpmn");
        Assert.NotEmpty(files);
        var missing = new List<string>();
        foreach (var file in files)
            foreach (var element in XDocument.Load(file).Descendants())
                foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == Ew))
                {
                    var own = "bpmn:" + char.ToUpperInvariant(element.Name.LocalName[0]) + element.Name.LocalName[1..];
                    var generic = element.Name.LocalName == "sequenceFlow" ? own : "bpmn:FlowNode";
                    if (!declared.Contains((own, attribute.Name.LocalName)) && !declared.Contains((generic, attribute.Name.LocalName)))
                        missing.Add($"{Path.GetFileName(file)}: {element.Name.LocalName} ew:{attribute.Name.LocalName}");
                }
        Assert.True(missing.Count == 0, "Not in the moddle descriptor:\n" + string.Join("\n", missing.Distinct()));
    }
}
