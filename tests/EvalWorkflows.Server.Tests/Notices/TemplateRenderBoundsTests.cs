using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// A preview (and any notice) is rendered within bounds: a huge model, runaway loops and ever-growing strings
/// get a clear problem instead of gigabytes of allocation, and the server keeps answering.
/// </summary>
public sealed class TemplateRenderBoundsTests(NoticeAppFixture fixture) : IClassFixture<NoticeAppFixture>
{
    private HttpClient Admin => fixture.App.ClientAs("admin");

    private static string Template(string html) => $"=== subject ===\n预览\n=== html ===\n{html}\n=== text ===\n正文";

    [Fact]
    public async Task A_preview_over_a_model_larger_than_256_KB_is_refused_with_413_before_rendering()
    {
        var model = new { rows = Enumerable.Range(0, 3000).Select(i => new string('材', 40) + i).ToArray() };

        var response = await Admin.PostAsJsonAsync("/api/templates/filing-received/preview", new { model });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "MODEL_TOO_LARGE");
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync("/api/templates")).StatusCode);
    }

    [Fact]
    public async Task Nested_loops_beyond_the_iteration_budget_are_stopped_with_422()
    {
        var text = Template("{{ for i in 1..1000 }}{{ for j in 1..1000 }}x{{ end }}{{ end }}");

        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new { text });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "TEMPLATE_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_string_doubled_until_it_is_huge_is_stopped_with_422()
    {
        var text = Template("{{ s = \"材料\" }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s | string.size }}");

        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new { text });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "TEMPLATE_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Output_beyond_512_K_characters_is_stopped_with_422_even_when_each_loop_is_within_budget()
    {
        var model = new { line = new string('字', 1000) };
        var text = Template("{{ for i in 1..1000 }}{{ line }}{{ end }}");

        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new { text, model });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "TEMPLATE_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_template_within_the_bounds_still_renders()
    {
        var model = new { line = new string('字', 100) };
        var text = Template("{{ for i in 1..200 }}{{ line }}{{ end }}");

        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new { text, model });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString()!;
        Assert.Contains(string.Concat(Enumerable.Repeat(new string('字', 100), 200)), html);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
