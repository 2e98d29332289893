using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Notices;

namespace EvalWorkflows.Server.Tests.Sources;

/// <summary>The registry of legal sources: seeded from the shipped file, edited by admins with history, enforced.</summary>
public sealed class LegalSourceApiTests : IAsyncLifetime
{
    private const string Jinan = """
        {"title":"济南市人力资源和社会保障局关于职业技能等级认定工作的补充通知","shortTitle":"济南补充通知",
         "issuer":"济南市人力资源和社会保障局","documentNumber":"济人社字〔2024〕12号","issuedOn":"2024-04-01",
         "status":"in-force","parts":[{"key":"101 §二","label":"第二部分"}]}
        """;

    private readonly NoticeApp _app = new();
    private HttpClient Admin => _app.ClientAs("admin");

    [Fact]
    public async Task The_registry_lists_the_five_notices_with_their_numbers_and_the_Jilin_draft_without_one()
    {
        var sources = (await Admin.GetFromJsonAsync<JsonElement>("/api/sources")).GetProperty("items");

        var byCode = sources.EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        Assert.Equal("鲁人社字〔2020〕190号", byCode["000"].GetProperty("documentNumber").GetString());
        Assert.Equal("2020-12-30", byCode["000"].GetProperty("issuedOn").GetString());
        Assert.Equal("draft-for-comment", byCode["001"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, byCode["001"].GetProperty("documentNumber").ValueKind);
        Assert.Equal("皖人社秘〔2020〕64号", byCode["003"].GetProperty("documentNumber").GetString());
        Assert.Equal("闽劳鉴〔2022〕26号", byCode["004"].GetProperty("documentNumber").GetString());
        Assert.Contains(byCode["000"].GetProperty("parts").EnumerateArray(),
            p => p.GetProperty("key").GetString() == "000 §三.2" && p.GetProperty("label").GetString() == "第三部分第2项");
    }

    [Fact]
    public async Task An_admin_edit_becomes_the_citation_and_the_seeded_version_stays_in_the_history()
    {
        var current = await Admin.GetFromJsonAsync<JsonElement>("/api/sources/000");
        var edited = JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(current.GetRawText())!
            .Select(kv => kv.Key == "shortTitle" ? new KeyValuePair<string, object>(kv.Key, "鉴定机构备案通知") : new(kv.Key, kv.Value))
            .ToDictionary());

        var saved = await Admin.PutAsync("/api/sources/000", new StringContent(edited, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var history = (await Admin.GetFromJsonAsync<JsonElement>("/api/sources/000/history")).GetProperty("items");
        Assert.Equal(["test-admin", "system"], history.EnumerateArray().Select(v => v.GetProperty("changedBy").GetString()));
        Assert.Equal("备案管理通知", history[1].GetProperty("source").GetProperty("shortTitle").GetString());
        var preview = await Admin.PostAsJsonAsync("/api/templates/preview", new
        {
            text = "+++\nbasis = \"000 §二；001 art. 9；000 §三.2\"\n+++\n=== subject ===\n告知\n=== html ===\n<p>正文</p>\n=== text ===\n正文",
        });
        var basisText = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("basisText").GetString();
        Assert.Equal("《山东省人力资源和社会保障厅关于做好职业技能考核鉴定机构备案管理工作的通知》（鲁人社字〔2020〕190号，以下简称《鉴定机构备案通知》）第二部分；"
            + "《吉林省职业技能考核鉴定机构备案及管理办法（试行）（征求意见稿）》第九条；《鉴定机构备案通知》第三部分第2项", basisText);
    }

    [Fact]
    public async Task A_source_in_force_without_a_number_or_reusing_another_sources_key_is_refused_and_nothing_is_stored()
    {
        var bad = Jinan.Replace("\"济人社字〔2024〕12号\"", "null").Replace("101 §二", "000 §三.2");

        var response = await Admin.PutAsync("/api/sources/101", new StringContent(bad, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("SOURCE_INVALID", problem.GetProperty("code").GetString());
        Assert.Equal(["documentNumber", "parts[0].key"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/sources/101")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_edits_the_registry()
    {
        var response = await _app.ClientAs("clerk").PutAsync("/api/sources/101",
            new StringContent(Jinan, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_template_citing_a_key_the_registry_lacks_is_refused_until_an_admin_registers_the_source()
    {
        const string text = "+++\nbasis = \"101 §二\"\n+++\n=== subject ===\n告知\n=== html ===\n<p>正文</p>\n=== text ===\n正文";

        var refused = await Admin.PutAsJsonAsync("/api/templates/city-notice", new { text });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("BASIS_UNKNOWN", problem.GetProperty("code").GetString());
        Assert.Contains("101 §二", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/templates/city-notice")).StatusCode);

        var registered = await Admin.PutAsync("/api/sources/101", new StringContent(Jinan, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var saved = await Admin.PutAsJsonAsync("/api/templates/city-notice", new { text, reason = "引用市级文件" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("《济南市人力资源和社会保障局关于职业技能等级认定工作的补充通知》（济人社字〔2024〕12号）第二部分",
            (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("basisText").GetString());
    }

    [Fact]
    public async Task A_definition_citing_a_key_the_registry_lacks_is_refused_at_deploy_naming_the_element()
    {
        const string bpmn = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://evalworkflows.org/tests">
              <bpmn:process id="cites-unknown" isExecutable="true" xmlns:ew="http://evalworkflows.org/schema/bpmn">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
                <bpmn:userTask id="check" name="审查" ew:candidateRole="clerk" ew:basis="000 §三.2；001 art. 99" />
                <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="done" />
                <bpmn:endEvent id="done" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        var response = await Admin.PostAsync("/api/definitions", new StringContent(bpmn, System.Text.Encoding.UTF8, "application/xml"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("DEFINITION_INVALID", problem.GetProperty("code").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("check", error.GetProperty("elementId").GetString());
        Assert.Contains("001 art. 99", error.GetProperty("message").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        NoticeApp.DeleteDatabase(_app.DatabaseFile);
    }
}
