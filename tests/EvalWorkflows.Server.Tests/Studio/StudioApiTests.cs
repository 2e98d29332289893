using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>The studio's API: element templates from the server's handlers and notices, and the deadline preview.</summary>
public sealed class StudioApiTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Element_templates_offer_every_registered_handler_and_every_notice_template()
    {
        var admin = await app.LoginAsAsync("admin");
        var templates = (await (await admin.GetAsync("/api/studio/element-templates")).ReadAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        var complete = templates.Single(t => t.GetProperty("id").GetString() == "ew.handler.filing.complete");
        Assert.Equal("分配机构代码并完成备案", complete.GetProperty("name").GetString());
        Assert.Equal("bpmn:ServiceTask", complete.GetProperty("appliesTo")[0].GetString());
        var notice = templates.Single(t => t.GetProperty("id").GetString() == "ew.notice");
        var choices = notice.GetProperty("properties").EnumerateArray()
            .Single(p => p.GetProperty("binding").GetProperty("name").GetString() == "ew:template").GetProperty("choices");
        Assert.Contains(choices.EnumerateArray(), c => c.GetProperty("value").GetString() == "filing-correction");
        Assert.Contains(templates, t => t.GetProperty("name").GetString() == "人工审核");
        Assert.Contains(templates, t => t.GetProperty("name").GetString() == "工作日期限");
        var reminder = templates.Single(t => t.GetProperty("id").GetString() == "ew.working-day-reminder");
        var days = reminder.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("binding").GetProperty("name").GetString() == "ew:workingDays");
        Assert.Equal(@"^[+-]?\d{1,4}$", days.GetProperty("constraints").GetProperty("pattern").GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_modeler_page_preloads_every_chunk_its_script_imports_after_the_script_and_each_is_served_for_a_year()
    {
        var admin = await app.LoginAsAsync("admin");
        var html = await admin.GetStringAsync("/studio/filing-lifecycle/edit");

        var script = html.IndexOf("<script type=\"module\" src=\"/dist/studio.js?v=", StringComparison.Ordinal);
        Assert.True(script >= 0, "the modeler's script is on the page");
        // Its chunks follow it (the layout's app.js, before it, has its own): bpmn-js, shared with the viewer and the
        // diff, is a chunk of its own.
        var chunks = System.Text.RegularExpressions.Regex.Matches(html[script..], "<link rel=\"modulepreload\" href=\"(/dist/chunks/chunk-[A-Z0-9]+\\.js)\" />");
        Assert.NotEmpty(chunks);
        var javascript = string.Join("\n", await Task.WhenAll(chunks.Select(async c =>
        {
            var response = await admin.GetAsync(c.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", response.Headers.GetValues("Cache-Control")));
            return await response.Content.ReadAsStringAsync();
        })));
        Assert.Contains("bpmn:Definitions", javascript); // bpmn-moddle, which every diagram page needs, among them
    }

    [Theory]
    [InlineData("br, gzip, deflate", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("", null)]
    public async Task The_modelers_script_comes_compressed_as_the_browser_accepts_and_unpacks_to_the_script_itself(string accepts, string? expected)
    {
        var admin = await app.LoginAsAsync("admin");
        var html = await admin.GetStringAsync("/studio/filing-lifecycle/edit");
        var src = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/dist/studio\\.js\\?v=[^\"]+)\"").Groups[1].Value;
        var plain = await (await admin.GetAsync(src)).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, src);
        if (accepts != "") request.Headers.TryAddWithoutValidation("Accept-Encoding", accepts);
        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", response.Headers.GetValues("Cache-Control")));
        var body = await response.Content.ReadAsStreamAsync();
        using Stream unpacked = expected switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var bytes = new MemoryStream();
        await unpacked.CopyToAsync(bytes);
        Assert.Equal(plain, bytes.ToArray());
        if (expected is not null) Assert.True(plain.Length > 3 * response.Content.Headers.ContentLength, "the copy is much smaller");
    }

    [Fact]
    public async Task Element_templates_name_their_schema_and_send_no_nulls_which_the_modelers_validator_refuses()
    {
        var admin = await app.LoginAsAsync("admin");
        var templates = (await (await admin.GetAsync("/api/studio/element-templates")).ReadAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.All(templates, t => Assert.EndsWith("element-templates-json-schema/resources/schema.json", t.GetProperty("$schema").GetString()));
        Assert.All(templates, t => Assert.Empty(Nulls(t)));
        var name = templates.Single(t => t.GetProperty("id").GetString() == "ew.review").GetProperty("properties")[0];
        Assert.False(name.TryGetProperty("value", out _));
    }

    private static IEnumerable<JsonElement> Nulls(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null => [json],
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Nulls(p.Value)),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Nulls),
        _ => [],
    };

    [Fact]
    public async Task The_filing_review_started_on_monday_3_march_2025_is_due_at_the_end_of_monday_10_march_and_reminds_on_friday_7_march()
    {
        var admin = await app.LoginAsAsync("admin");
        var deadlines = await PreviewAsync(admin, "2025-03-03");

        Assert.Equal("2025年3月10日（星期一）24:00", Text(deadlines, "review"));
        Assert.Equal("2025年3月7日（星期五）09:00", Text(deadlines, "reviewReminder"));
        Assert.Equal("2025年3月10日（星期一）24:00", Text(deadlines, "reviewOverdue"));
        Assert.All(deadlines, d => Assert.Empty(d.GetProperty("warnings").EnumerateArray()));
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_official_calendar_data_is_previewed_with_a_warning()
    {
        var admin = await app.LoginAsAsync("admin");
        var deadlines = await PreviewAsync(admin, "2031-03-03");

        var review = deadlines.Single(d => d.GetProperty("elementId").GetString() == "review");
        Assert.NotEmpty(review.GetProperty("warnings").EnumerateArray());
        Assert.Contains("2031", review.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public async Task A_preview_without_a_start_date_is_refused_with_the_field_named()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/studio/deadline-preview", new { xml = "<x/>", start = "3月3日" }))
            .ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("start", problem.GetProperty("field").GetString());
    }

    private static async Task<List<JsonElement>> PreviewAsync(HttpClient admin, string start)
    {
        var xml = await admin.GetStringAsync("/api/definitions/filing-acceptance/versions/1/xml");
        var result = await (await admin.PostAsJsonAsync("/api/studio/deadline-preview", new { xml, start })).ReadAsync(HttpStatusCode.OK);
        return [.. result.GetProperty("deadlines").EnumerateArray()];
    }

    private static string? Text(List<JsonElement> deadlines, string element) =>
        deadlines.Single(d => d.GetProperty("elementId").GetString() == element).GetProperty("text").GetString();
}
