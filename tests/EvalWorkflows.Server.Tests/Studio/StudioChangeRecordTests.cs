using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>
/// Every change made through the studio's API lands in the change record with who, what and why; auditors read
/// the record and change nothing; clerks reach neither the record nor the studio.
/// </summary>
public sealed class StudioChangeRecordTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Probe(string key) =>
        ApiClientExtensions.BpmnFile("approval.bpmn").Replace("process id=\"approval\"", $"process id=\"{key}\"");

    [Fact]
    public async Task A_deployment_is_recorded_with_its_version_who_and_the_reason_given_in_the_query()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostXmlAsync("/api/definitions?reason=" + Uri.EscapeDataString("按新规调整审核期限"), Probe("record-deploy")))
            .ReadAsync(HttpStatusCode.Created);

        var change = await SingleChangeAsync(admin, "definition", "record-deploy");
        Assert.Equal(1, change.GetProperty("version").GetInt64());
        Assert.Equal("admin", change.GetProperty("changedBy").GetString());
        Assert.Equal("按新规调整审核期限", change.GetProperty("reason").GetString());
        Assert.Equal("部署", change.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Deploying_unchanged_xml_or_a_refused_definition_records_nothing()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostXmlAsync("/api/definitions", Probe("record-same"))).ReadAsync(HttpStatusCode.Created);
        await (await admin.PostXmlAsync("/api/definitions", Probe("record-same"))).ReadAsync(HttpStatusCode.Created);
        var refused = await admin.PostXmlAsync("/api/definitions", ApiClientExtensions.BpmnFile("invalid.bpmn"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var changes = await ChangesAsync(admin, "definition");
        Assert.Single(changes, c => c.GetProperty("target").GetString() == "record-same");
        Assert.DoesNotContain(changes, c => c.GetProperty("target").GetString() == "invalid");
    }

    [Fact]
    public async Task A_template_save_is_recorded_as_the_templates_next_version_and_listed_with_its_reason()
    {
        var admin = await app.LoginAsAsync("admin");
        var text = (await (await admin.GetAsync("/api/templates/filing-received")).ReadAsync(HttpStatusCode.OK)).GetProperty("text").GetString()!;
        await (await admin.PutAsJsonAsync("/api/templates/filing-received", new { text = text + "\n", reason = "补充落款" })).ReadAsync(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync("/api/templates/filing-received", new { text, reason = "撤回落款" })).ReadAsync(HttpStatusCode.OK);

        var change = (await ChangesAsync(admin, "template")).First(c => c.GetProperty("target").GetString() == "filing-received");
        Assert.Equal(2, change.GetProperty("version").GetInt64());
        Assert.Equal("撤回落款", change.GetProperty("reason").GetString());
        var versions = (await (await admin.GetAsync("/api/templates/filing-received/versions")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("补充落款", versions[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_calendar_correction_and_a_legal_source_save_are_recorded_with_their_reasons()
    {
        var admin = await app.LoginAsAsync("admin");
        var year = new { notice = "测试用 2029 年安排", reason = "国务院通知已发布", holidays = new[] { new { date = "2029-10-01", name = "国庆节" } }, makeupWorkdays = Array.Empty<object>() };
        await (await admin.PutAsJsonAsync("/api/calendar/years/2029", year)).ReadAsync(HttpStatusCode.OK);
        var source = new
        {
            title = "变更记录测试通知", shortTitle = "测试通知", issuer = "测试局", documentNumber = "测字〔2024〕1号", issuedOn = "2024-04-01", status = "in-force",
            parts = new[] { new { key = "190 §一", label = "第一部分" } }, reason = "登记新文件",
        };
        await (await admin.PutAsJsonAsync("/api/sources/190", source)).ReadAsync(HttpStatusCode.OK);

        var calendar = await SingleChangeAsync(admin, "calendar", "2029");
        Assert.Equal("国务院通知已发布", calendar.GetProperty("reason").GetString());
        Assert.Equal(1, calendar.GetProperty("version").GetInt64());
        var saved = await SingleChangeAsync(admin, "source", "190");
        Assert.Equal("登记新文件", saved.GetProperty("reason").GetString());
        var history = (await (await admin.GetAsync("/api/sources/190/history")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal(history[0].GetProperty("version").GetInt64(), saved.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task An_auditor_reads_the_record_but_can_neither_deploy_nor_save_a_template()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostXmlAsync("/api/definitions?reason=" + Uri.EscapeDataString("审计可见"), Probe("record-audit"))).ReadAsync(HttpStatusCode.Created);
        var auditor = await app.LoginAsAsync("auditor");

        var change = await SingleChangeAsync(auditor, "definition", "record-audit");
        Assert.Equal("审计可见", change.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostXmlAsync("/api/definitions", Probe("record-auditor"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync("/api/templates/filing-received", new { text = "x", reason = "y" })).StatusCode);
        Assert.DoesNotContain(await ChangesAsync(auditor, "definition"), c => c.GetProperty("target").GetString() == "record-auditor");
    }

    [Fact]
    public async Task A_template_save_or_a_calendar_correction_without_a_reason_is_refused_on_the_reason_field_and_changes_nothing()
    {
        var admin = await app.LoginAsAsync("admin");
        var text = (await (await admin.GetAsync("/api/templates/filing-accepted")).ReadAsync(HttpStatusCode.OK)).GetProperty("text").GetString()!;
        var template = await (await admin.PutAsJsonAsync("/api/templates/filing-accepted", new { text = text + "\n", reason = " " }))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "REASON_REQUIRED");
        Assert.Equal("reason", template.GetProperty("field").GetString());
        Assert.Contains("请填写修改原因", template.GetProperty("detail").GetString());

        var year = new { notice = "测试用 2031 年安排", holidays = new[] { new { date = "2031-10-01", name = "国庆节" } } };
        var calendar = await (await admin.PutAsJsonAsync("/api/calendar/years/2031", year)).ReadProblemAsync(HttpStatusCode.BadRequest, "REASON_REQUIRED");
        Assert.Equal("reason", calendar.GetProperty("field").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/calendar/years/2031")).StatusCode);
        Assert.Equal(0, (await (await admin.GetAsync("/api/templates/filing-accepted/versions")).ReadAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.DoesNotContain(await ChangesAsync(admin, "calendar"), c => c.GetProperty("target").GetString() == "2031");
    }

    [Fact]
    public async Task A_clerk_is_refused_the_record_and_the_studios_template_api()
    {
        var clerk = await app.LoginAsAsync("clerk");

        await (await clerk.GetAsync("/api/studio/changes")).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (await clerk.GetAsync("/api/templates/filing-received/versions")).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (await clerk.PutAsJsonAsync("/api/templates/filing-received", new { text = "x" })).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_naming_the_field_and_a_reason_too_long_is_refused_before_deploying()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.GetAsync("/api/studio/changes?kind=everything")).ReadProblemAsync(HttpStatusCode.BadRequest, "KIND_INVALID");
        Assert.Equal("kind", problem.GetProperty("field").GetString());

        var tooLong = await admin.PostXmlAsync("/api/definitions?reason=" + new string('因', 501), Probe("record-too-long"));
        Assert.Equal("reason", (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST")).GetProperty("field").GetString());
        Assert.DoesNotContain(await ChangesAsync(admin, "definition"), c => c.GetProperty("target").GetString() == "record-too-long");
    }

    private static async Task<List<JsonElement>> ChangesAsync(HttpClient client, string kind) =>
        [.. (await (await client.GetAsync($"/api/studio/changes?kind={kind}&pageSize=100")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> SingleChangeAsync(HttpClient client, string kind, string target)
    {
        var changes = await ChangesAsync(client, kind);
        Assert.All(changes, c => Assert.Equal(kind, c.GetProperty("kind").GetString()));
        return Assert.Single(changes, c => c.GetProperty("target").GetString() == target);
    }
}
