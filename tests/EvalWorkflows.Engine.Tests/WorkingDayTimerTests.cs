using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A timer catch event described by ew:dueFrom, ew:workingDays and ew:at (what the studio's "工作日提醒" form
/// edits) runs as the timeDate expression they stand for; anything half-written or doubled is refused at deploy
/// on its element.
/// </summary>
public sealed class WorkingDayTimerTests
{
    private static string Catch(string attributes, string timer = "") => GeneratedBpmn.Process("working-day-timer",
        $"""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" /><bpmn:intermediateCatchEvent id="wait" {attributes}><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" /><bpmn:endEvent id="end" />""");

    [Theory]
    [InlineData("-2", "at(add_working_days(submission_deadline, -2), \"09:00\")")]
    [InlineData("+3", "at(add_working_days(submission_deadline, 3), \"09:00\")")]
    [InlineData("0", "at(add_working_days(submission_deadline, 0), \"09:00\")")]
    public void Working_day_attributes_become_the_timeDate_expression_they_stand_for(string days, string expected)
    {
        var (graph, problems) = BpmnParser.Parse(Catch($"""ew:dueFrom="submission_deadline" ew:workingDays="{days}" ew:at="09:00" """));

        Assert.Empty(problems);
        Assert.Equal(new TimerSpec(expected, null, null), graph!["wait"].Timer);
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { """ew:dueFrom="submission_deadline" ew:workingDays="-2" ew:at="09:00" """, "<bpmn:timeDate>2025-03-10T09:00:00+08:00</bpmn:timeDate>", "不能同时设置 timeDate" },
        { """ew:dueFrom="submission_deadline" ew:at="09:00" """, "", "缺少 ew:workingDays" },
        { """ew:workingDays="-2" """, "", "缺少 ew:dueFrom、ew:at" },
        { """ew:dueFrom="submission deadline" ew:workingDays="-2" ew:at="09:00" """, "", "ew:dueFrom“submission deadline”不是合法的变量名" },
        { """ew:dueFrom="submission_deadline" ew:workingDays="two" ew:at="09:00" """, "", "ew:workingDays“two”不是整数" },
        { """ew:dueFrom="submission_deadline" ew:workingDays="-1.5" ew:at="09:00" """, "", "ew:workingDays“-1.5”不是整数" },
        { """ew:dueFrom="submission_deadline" ew:workingDays="-2" ew:at="9点" """, "", "ew:at“9点”不是有效的时刻" },
        { """ew:dueFrom="submission_deadline" ew:workingDays="-2" ew:at="25:00" """, "", "ew:at“25:00”不是有效的时刻" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_timer_with_doubled_incomplete_or_invalid_working_day_attributes_is_refused_at_deploy_naming_it(string attributes, string timer, string message)
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(Catch(attributes, timer), "admin"));

        Assert.Contains(e.Problems, p => (p.ElementId, p.ElementType) == ("wait", "intermediateCatchEvent") && p.Message.Contains(message));
    }

    [Fact]
    public async Task Working_day_attributes_on_an_event_that_is_not_a_timer_are_refused_at_deploy_naming_it()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        var xml = GeneratedBpmn.Process("working-day-end",
            """<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" /><bpmn:endEvent id="end" ew:workingDays="-2" />""");

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "admin"));

        Assert.Contains(e.Problems, p => (p.ElementId, p.ElementType) == ("end", "endEvent") && p.Message == "ew:workingDays 只能用于定时器事件。");
    }
}
