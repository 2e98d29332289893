using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Notices;

public sealed class NoticeDefinitionRuleTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_send_task_naming_a_missing_template_or_no_recipient_is_refused_at_deploy()
    {
        var admin = await app.LoginAsAsync("admin");

        var response = await admin.PostXmlAsync("/api/definitions", ApiClientExtensions.BpmnFile("notice-send.bpmn"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "DEFINITION_INVALID");
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("missing", e.GetProperty("elementId").GetString()));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("no-such-template"));
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.Contains("收件人"));
    }
}
