using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>The studio archive: every definition version and template out as one .zip, and into another system.</summary>
public sealed class StudioArchiveTests
{
    private const string ChangedTitle = "title = \"补正通知（归档测试）\"";

    [Fact]
    public async Task An_archive_exported_from_one_system_and_imported_into_a_fresh_one_with_a_reason_gives_the_same_definitions_and_templates_each_recorded_with_it()
    {
        using var source = new TestApp();
        var admin = await source.LoginAsAsync("admin");
        await DeployChangedFilingAsync(admin);
        var template = (await admin.GetFromJsonAsync<JsonElement>("/api/templates/filing-correction")).GetProperty("text").GetString()!;
        (await admin.PutAsJsonAsync("/api/templates/filing-correction", new { text = Retitle(template), reason = "标题调整" })).EnsureSuccessStatusCode();
        var archive = await admin.GetByteArrayAsync("/api/studio/archive");

        using var target = new TestApp();
        var targetAdmin = await target.LoginAsAsync("admin");
        var missing = await (await PostArchiveAsync(targetAdmin, archive, reason: null)).ReadProblemAsync(HttpStatusCode.BadRequest, "REASON_REQUIRED");
        Assert.Equal("reason", missing.GetProperty("field").GetString());
        await (await PostArchiveAsync(targetAdmin, archive, reason: "  ")).ReadProblemAsync(HttpStatusCode.BadRequest, "REASON_REQUIRED");
        await (await PostArchiveAsync(targetAdmin, archive, reason: new string('因', 501))).ReadProblemAsync(HttpStatusCode.BadRequest, "REASON_TOO_LONG");
        Assert.Empty(await ImportChangesAsync(targetAdmin));

        var imported = await (await PostArchiveAsync(targetAdmin, archive)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(["filing-acceptance v2"], imported.GetProperty("deployed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["filing-correction"], imported.GetProperty("savedTemplates").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(await VersionsAsync(admin), await VersionsAsync(targetAdmin));
        Assert.Equal(await admin.GetStringAsync("/api/definitions/filing-acceptance/versions/2/xml"),
            await targetAdmin.GetStringAsync("/api/definitions/filing-acceptance/versions/2/xml"));
        Assert.Equal(await TemplatesAsync(admin), await TemplatesAsync(targetAdmin));
        var auditor = await target.LoginAsAsync("auditor");
        Assert.Equal(["definition filing-acceptance v2 admin " + ImportReason, "template filing-correction v1 admin " + ImportReason],
            (await ImportChangesAsync(auditor)).Order(StringComparer.Ordinal));

        var again = await (await PostArchiveAsync(targetAdmin, archive)).ReadAsync(HttpStatusCode.OK);
        Assert.Empty(again.GetProperty("deployed").EnumerateArray());
        Assert.Empty(again.GetProperty("savedTemplates").EnumerateArray());
    }

    /// <summary>The change record's entries an archive import made, as "kind target vversion who reason".</summary>
    private static async Task<List<string>> ImportChangesAsync(HttpClient reader)
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/studio/changes?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("action").GetString() == "导入归档")
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("target").GetString()} v{c.GetProperty("version").GetInt64()} " +
                $"{c.GetProperty("changedBy").GetString()} {c.GetProperty("reason").GetString()}")];
    }

    [Fact]
    public async Task An_archive_with_one_broken_definition_is_refused_whole_naming_the_file_and_nothing_changes()
    {
        using var app = new TestApp();
        var admin = await app.LoginAsAsync("admin");
        var archive = await admin.GetByteArrayAsync("/api/studio/archive");
        var template = (await admin.GetFromJsonAsync<JsonElement>("/api/templates/filing-correction")).GetProperty("text").GetString()!;
        var edited = Rewrite(archive, new()
        {
            ["templates/filing-correction.sbn"] = Retitle(template),
            ["definitions/plan-announcement/v1.bpmn"] = "<bpmn:definitions 这不是完整的 XML",
        });

        var problem = await (await PostArchiveAsync(admin, edited)).ReadAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ARCHIVE_INVALID", problem.GetProperty("code").GetString());
        Assert.Contains("definitions/plan-announcement/v1.bpmn", problem.GetProperty("detail").GetString());
        Assert.Equal(["definitions/plan-announcement/v1.bpmn"],
            problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("file").GetString()).Distinct());
        Assert.Equal(template, (await admin.GetFromJsonAsync<JsonElement>("/api/templates/filing-correction")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_refused_as_an_archive()
    {
        using var app = new TestApp();
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await PostArchiveAsync(admin, Encoding.UTF8.GetBytes("not a zip"))).ReadAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不是有效的 .zip 文件", problem.GetProperty("detail").GetString());
    }

    private static async Task DeployChangedFilingAsync(HttpClient admin)
    {
        var xml = await admin.GetStringAsync("/api/definitions/filing-acceptance/versions/1/xml");
        var content = new StringContent(xml.Replace("add_working_days(review_from, 5)", "add_working_days(review_from, 6)", StringComparison.Ordinal), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        (await admin.PostAsync("/api/definitions", content)).EnsureSuccessStatusCode();
    }

    private static string Retitle(string template)
    {
        var line = template.Split('\n').First(l => l.StartsWith("title =", StringComparison.Ordinal));
        return template.Replace(line, ChangedTitle, StringComparison.Ordinal);
    }

    private const string ImportReason = "从测试环境搬迁流程与模板";

    private static Task<HttpResponseMessage> PostArchiveAsync(HttpClient admin, byte[] archive, string? reason = ImportReason)
    {
        var content = new ByteArrayContent(archive);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return admin.PostAsync(reason is null ? "/api/studio/archive" : $"/api/studio/archive?reason={Uri.EscapeDataString(reason)}", content);
    }

    /// <summary>Every key with its versions' names, in order: what "the same definitions" means across systems.</summary>
    private static async Task<string> VersionsAsync(HttpClient admin)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/definitions?pageSize=100");
        return string.Join("\n", page.GetProperty("items").EnumerateArray().Select(d =>
            $"{d.GetProperty("key").GetString()}: {string.Join(",", d.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()))}"));
    }

    private static async Task<string> TemplatesAsync(HttpClient admin)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/templates?pageSize=100");
        var names = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        var texts = new List<string>();
        foreach (var name in names)
            texts.Add(name + "\n" + (await admin.GetFromJsonAsync<JsonElement>($"/api/templates/{name}")).GetProperty("text").GetString());
        return string.Join("\n----\n", texts);
    }

    private static byte[] Rewrite(byte[] archive, Dictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        buffer.Write(archive);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            foreach (var (path, text) in files)
            {
                zip.GetEntry(path)!.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        return buffer.ToArray();
    }
}
