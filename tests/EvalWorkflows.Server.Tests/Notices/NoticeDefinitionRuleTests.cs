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

    [Fact]
    public async Task Recipients_are_checked_at_deploy_as_the_send_reads_them_template_text_addresses_or_an_expression()
    {
        var admin = await app.LoginAsAsync("admin");
        var xml = ApiClientExtensions.BpmnFile("notice-recipients.bpmn");

        await (await admin.PostXmlAsync("/api/definitions", xml)).ReadAsync(HttpStatusCode.Created);
        var id = await admin.StartAsync("notice-recipients", variables: new { contact = "zhang", institution_email = "inst@example.cn", institution_name = "测试机构" });
        var notices = (await (await admin.GetAsync($"/api/notices?instanceId={id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().Select(n => n.GetProperty("to").GetString()).Order().ToList();
        Assert.Equal(["inst@example.cn", "zhang@example.cn"], notices);

        var broken = xml.Replace("{{ contact }}@example.cn", "{{ contact + }}@example.cn")
            .Replace("office@example.cn, 张三", "office@, 张三").Replace("\"institution_email\"", "\"institution_email +\"");
        var problem = await (await admin.PostXmlAsync("/api/definitions", broken)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "DEFINITION_INVALID");
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Element: e.GetProperty("elementId").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Element == "byTemplate" && e.Message.StartsWith("ew:to“{{ contact + }}@example.cn”无法解析"));
        Assert.Contains(errors, e => e.Element == "byTemplate" && e.Message.Contains("ew:cc") && e.Message.Contains("无效的邮箱地址：office@"));
        Assert.Contains(errors, e => e.Element == "byExpression" && e.Message.StartsWith("ew:to“institution_email +”无法解析"));
    }
}
