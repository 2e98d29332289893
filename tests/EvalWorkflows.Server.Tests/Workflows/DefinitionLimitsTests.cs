using System.Net;
using System.Net.Http.Json;
using System.Text;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>
/// The inputs of issue 7 that took the server down are answered with a 422 naming the element, and the server
/// answers the next request.
/// </summary>
public sealed class DefinitionLimitsTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Process(string id, string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d_{id}" targetNamespace="http://evalworkflows.org/tests"><bpmn:process id="{id}" isExecutable="true">{body}</bpmn:process></bpmn:definitions>""";

    private static string TimerCatch(string kind, string value) => Process("timer-limits",
        $"""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" /><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" /><bpmn:endEvent id="end" />""");

    private async Task<(HttpClient Admin, List<(string Id, string Type)> Errors)> RefusedAsync(string xml)
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostXmlAsync("/api/definitions", xml)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "DEFINITION_INVALID");
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("elementId").GetString()!, e.GetProperty("elementType").GetString()!)).ToList();
        await (await admin.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK);
        return (admin, errors);
    }

    [Fact]
    public async Task Twenty_thousand_nested_sub_processes_are_refused_and_the_server_answers_on()
    {
        var body = new StringBuilder("""<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="p1" />""");
        for (var i = 1; i <= 20_000; i++) body.Append($"""<bpmn:subProcess id="p{i}"><bpmn:startEvent id="s{i}" /><bpmn:sequenceFlow id="f{i}" sourceRef="s{i}" targetRef="p{i + 1}" />""");
        body.Append(string.Concat(Enumerable.Repeat("</bpmn:subProcess>", 20_000)));

        var (_, errors) = await RefusedAsync(Process("nested", body.ToString()));

        Assert.Single(errors);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_elements_in_documentation_are_refused_naming_the_element_too_deep()
    {
        var documentation = $"<bpmn:documentation>{string.Concat(Enumerable.Repeat("<x>", 100_000))}{string.Concat(Enumerable.Repeat("</x>", 100_000))}</bpmn:documentation>";

        var (_, errors) = await RefusedAsync(Process("deep-doc", documentation + """<bpmn:startEvent id="start" />"""));

        Assert.Equal("x", Assert.Single(errors).Type);
    }

    [Theory]
    [InlineData("timeCycle", "R/PT0.001S")]
    [InlineData("timeCycle", "R/PT1S")]
    [InlineData("timeDuration", "P99999999999D")]
    [InlineData("timeCycle", "R99999999999/PT1H")]
    [InlineData("timeCycle", "R/PT0S")]
    public async Task A_timer_out_of_bounds_is_refused_naming_its_event(string kind, string value)
    {
        var (_, errors) = await RefusedAsync(TimerCatch(kind, value));

        Assert.Contains(("wait", "intermediateCatchEvent"), errors);
    }

    [Fact]
    public async Task A_call_activity_calling_its_own_process_is_refused_naming_it()
    {
        var (_, errors) = await RefusedAsync(Process("calls-itself",
            """<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="again" /><bpmn:callActivity id="again" calledElement="calls-itself" />"""));

        Assert.Equal(("again", "callActivity"), Assert.Single(errors));
    }

    [Fact]
    public async Task A_fork_of_two_thousand_branches_is_refused_naming_the_gateway()
    {
        var body = new StringBuilder("""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork" /><bpmn:parallelGateway id="fork" /><bpmn:parallelGateway id="join" /><bpmn:sequenceFlow id="f1" sourceRef="join" targetRef="end" /><bpmn:endEvent id="end" />""");
        for (var i = 0; i < 2_000; i++) body.Append($"""<bpmn:sequenceFlow id="b{i}" sourceRef="fork" targetRef="join" />""");

        var (_, errors) = await RefusedAsync(Process("wide", body.ToString()));

        Assert.Contains(("fork", "parallelGateway"), errors);
        Assert.Contains(("join", "parallelGateway"), errors);
    }

    [Fact]
    public async Task Starting_into_a_gateway_loop_without_a_wait_is_a_clear_problem_and_the_server_answers_on()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostXmlAsync("/api/definitions", Process("spins",
            """<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="again" /><bpmn:task id="again" /><bpmn:sequenceFlow id="f2" sourceRef="again" targetRef="more" /><bpmn:exclusiveGateway id="more" default="f4" /><bpmn:sequenceFlow id="f3" sourceRef="more" targetRef="again"><bpmn:conditionExpression>true</bpmn:conditionExpression></bpmn:sequenceFlow><bpmn:sequenceFlow id="f4" sourceRef="more" targetRef="end" /><bpmn:endEvent id="end" />"""))).ReadAsync(HttpStatusCode.Created);

        var response = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "spins" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "STEP_BUDGET_EXCEEDED");
        Assert.Matches("'(again|more)'", problem.GetProperty("detail").GetString());
        await (await admin.GetAsync("/api/instances")).ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_timer_expression_that_gives_no_date_is_a_422_naming_the_event_not_a_500()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostXmlAsync("/api/definitions", TimerCatch("timeDate", "deadline").Replace("timer-limits", "no-date")))
            .ReadAsync(HttpStatusCode.Created);

        var response = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "no-date", variables = new { deadline = "soon" } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "TIMER_INVALID");
        Assert.Contains("'wait'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public void Limits_that_make_no_sense_stop_the_server_at_start()
    {
        using var broken = new TestApp().With("Engine:Limits:MaxStepsPerCommand", "0");

        var e = Assert.ThrowsAny<OptionsValidationException>(() => broken.CreateClient());

        Assert.Contains("MaxStepsPerCommand", e.Message);
    }
}
