using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Broken files are refused at deploy with every problem listed, each with element id and type.</summary>
public sealed class ValidationTests
{
    public static TheoryData<string, string[]> BrokenFiles => new()
    {
        { "not-well-formed.bpmn", [":definitions"] },
        { "no-process.bpmn", [":process"] },
        { "unsupported-elements.bpmn", ["script:scriptTask", "complex:complexGateway", "compensateEnd:endEvent"] },
        { "flow-without-target.bpmn", ["f1:sequenceFlow", "f2:sequenceFlow"] },
        { "bad-condition.bpmn", ["f2:sequenceFlow", "gw:exclusiveGateway"] },
        { "gateway-without-outgoing.bpmn", ["gw:parallelGateway", "xor:exclusiveGateway"] },
        { "missing-handler.bpmn", ["noType:serviceTask", "unknownType:sendTask", "rule:businessRuleTask"] },
        { "bad-timers.bpmn", ["empty:intermediateCatchEvent", "garbage:intermediateCatchEvent"] },
        { "bad-messages.bpmn", ["waitUnknown:intermediateCatchEvent", "waitUnnamed:intermediateCatchEvent", "noneCatch:intermediateCatchEvent"] },
        { "bad-boundaries.bpmn", ["onNothing:boundaryEvent", "onEvent:boundaryEvent", "dangling:boundaryEvent"] },
        { "bad-structure.bpmn", ["orphan:userTask", "sub:subProcess", "call:callActivity", "f1:sequenceFlow", "bad-structure:process"] },
        { "bad-event-gateway.bpmn", ["gw:eventBasedGateway", "task:userTask"] },
        { "condition-language.bpmn", ["fYes:sequenceFlow"] },
        { "not-executable.bpmn", [":process"] },
        { "loop-characteristics.bpmn", ["again:userTask", "each:userTask"] },
        { "bad-errors.bpmn", ["softError:boundaryEvent", "noRef:endEvent", "noCode:endEvent"] },
        { "task-due-misused.bpmn", ["wait:intermediateCatchEvent", "undated:userTask", "late:boundaryEvent"] },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_definition_is_refused_with_every_problem_listed(string file, string[] expected)
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        var xml = File.ReadAllText(EngineHost.BpmnPath(Path.Combine("Invalid", file)));

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "admin"));

        var found = e.Problems.Select(p => $"{p.ElementId}:{p.ElementType}").ToHashSet();
        foreach (var problem in expected) Assert.Contains(problem, found);
        Assert.All(e.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<Persistence.DefinitionRecord>().Count())));
    }

    [Fact]
    public void Problems_say_what_is_wrong_in_words_an_admin_can_act_on()
    {
        var (graph, problems) = BpmnParser.Parse(File.ReadAllText(EngineHost.BpmnPath("Invalid/flow-without-target.bpmn")));
        DefinitionValidator.Validate(graph!, _ => true, problems);

        Assert.Contains(problems, p => p.ElementId == "f1" && p.Message.Contains("没有 targetRef"));
        Assert.Contains(problems, p => p.ElementId == "f2" && p.Message.Contains("“nowhere”不存在"));
        Assert.Contains(problems, p => p.ElementId == "start" && p.Message.Contains("没有流出的顺序流"));
    }

    [Fact]
    public void Every_valid_test_file_passes_validation()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Bpmn"), "*.bpmn"))
        {
            var (graph, problems) = BpmnParser.Parse(File.ReadAllText(file));
            Assert.NotNull(graph);
            DefinitionValidator.Validate(graph, _ => true, problems);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", problems)}");
        }
    }
}
