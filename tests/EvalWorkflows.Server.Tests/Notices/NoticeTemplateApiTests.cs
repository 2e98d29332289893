using EvalWorkflows.Server.Api;
using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>Admins preview and edit notice templates through the API.</summary>
public sealed class NoticeTemplateApiTests : IAsyncLifetime
{
    private const string BrokenAtLine5 = """
        +++
        title = "坏模板"
        +++
        === subject ===
        关于{{ institution_name + }}的通知
        === html ===
        <p>正文</p>
        === text ===
        正文
        """;

    private readonly NoticeApp _app = new();
    private HttpClient Admin => _app.ClientAs("admin");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        NoticeApp.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Previewing_a_shipped_template_renders_its_Chinese_subject_and_bodies()
    {
        var response = await Admin.PostAsJsonAsync("/api/templates/filing-correction/preview", new
        {
            model = new
            {
                institution_name = "青岛市技师学院",
                submitted_on = "2025-09-01",
                correction_items = new[] { "法定代表人身份证明" },
            },
        });

        var preview = await response.Content.ReadFromJsonAsync<PreviewResult>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("关于青岛市技师学院职业技能考核鉴定机构备案申请材料补正的一次性告知", preview!.Subject);
        Assert.Contains("<li>法定代表人身份证明</li>", preview.Html);
        Assert.Contains("你单位于2025年9月1日提交", preview.Text);
        Assert.Contains("1. 法定代表人身份证明", preview.Text);
        Assert.Contains("请补正上述全部材料后重新提交。", preview.Text);
        Assert.Equal("000 §三.2", preview.Basis);
    }

    [Fact]
    public async Task Preview_escapes_markup_from_variables_unless_the_template_pipes_it_through_raw()
    {
        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new
        {
            text = "=== subject ===\n{{ name }}\n=== html ===\n<b>{{ name }}</b>{{ note | raw }}\n=== text ===\n{{ name }}",
            model = new { name = "<img src=x onerror=alert(1)>", note = "<i>可信</i>" },
        });

        var preview = await response.Content.ReadFromJsonAsync<PreviewResult>();
        Assert.Contains("<b>&lt;img src=x onerror=alert(1)&gt;</b><i>可信</i>", preview!.Html);
        Assert.DoesNotContain("<img", preview.Html);
        Assert.Contains("\n<img src=x onerror=alert(1)>\n", preview.Text);
        Assert.Equal("<img src=x onerror=alert(1)>", preview.Subject);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_at_preview_with_the_parser_message_and_its_position()
    {
        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new { text = BrokenAtLine5, model = new { } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(("TEMPLATE_INVALID", "text"), (problem!.Code, problem.Field));
        var error = Assert.Single(problem.Errors!);
        Assert.Equal((5, 25), (error.Line, error.Column));
        Assert.Contains("Expecting an <expression> to the right of the operator", error.Message);
        Assert.Contains("(5,25)", problem.Detail);
    }

    [Fact]
    public async Task Every_problem_of_a_template_is_listed_with_its_line()
    {
        var response = await Admin.PostAsJsonAsync("/api/templates/preview", new
        {
            text = "+++\nbassis = \"000\"\n+++\n=== subject ===\n主题\n=== body ===\n正文\n=== text ===\n{{ for x in y }}",
        });

        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Collection(problem!.Errors!.OrderBy(e => e.Line),
            e => Assert.Contains("未知的模板头“bassis”", e.Message),
            e => Assert.Equal((6, "未知的部分“body”：只能是 subject、html、text。"), (e.Line, e.Message)),
            e => Assert.Contains("end", e.Message),
            e => Assert.Equal("缺少 === html === 部分。", e.Message));
    }

    [Fact]
    public async Task Saving_a_template_that_does_not_parse_is_refused_and_the_shipped_file_stays_in_force()
    {
        var response = await Admin.PutAsJsonAsync("/api/templates/filing-correction", new { text = BrokenAtLine5 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal((5, 25), (problem!.Errors![0].Line, problem.Errors[0].Column));
        var current = await Admin.GetFromJsonAsync<TemplateView>("/api/templates/filing-correction");
        Assert.Equal(("file", "000 §三.2"), (current!.Origin, current.Basis));
    }

    [Fact]
    public async Task A_saved_template_overrides_the_shipped_file_and_records_who_saved_it_and_when()
    {
        const string text = """
            +++
            title = "截止日期提醒（修订）"
            basis = "002 §四(一)"
            +++
            === subject ===
            【提醒】{{ matter }}
            === html ===
            <p>{{ matter }}将于{{ due_date }}截止。</p>
            === text ===
            {{ matter }}将于{{ due_date | date_cn_weekday }}截止。依据：{{ notice.basis_text }}
            """;

        var saved = await Admin.PutAsJsonAsync("/api/templates/deadline-reminder", new { text, reason = "措辞调整" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await Admin.GetFromJsonAsync<TemplateView>("/api/templates/deadline-reminder");
        Assert.Equal(("database", "test-admin", NoticeApp.Start), (view!.Origin, view.SavedBy, view.SavedAt));
        Assert.Equal(text, view.Text);
        var listed = (await Admin.GetFromJsonAsync<Paged<TemplateSummary>>("/api/templates?pageSize=100"))!.Items;
        var reminder = Assert.Single(listed!, t => t.Name == "deadline-reminder");
        Assert.Equal("截止日期提醒（修订）", reminder.Title);
        Assert.Contains(listed!, t => t.Name == "filing-correction");
        Assert.Equal(listed!.Select(t => t.Name).Order(StringComparer.Ordinal), listed!.Select(t => t.Name));

        var preview = await Admin.PostAsJsonAsync("/api/templates/deadline-reminder/preview",
            new { model = new { matter = "考核计划报送", due_date = "2025-10-20" } });
        var rendered = await preview.Content.ReadFromJsonAsync<PreviewResult>();
        Assert.Equal("【提醒】考核计划报送", rendered!.Subject);
        Assert.Contains("\n考核计划报送将于2025年10月20日（星期一）截止。依据：《山东省人力资源和社会保障厅关于开展社会培训评价组织职业技能等级认定试点工作的通知》（鲁人社字〔2020〕50号）第四部分第（一）项\n", rendered.Text);
    }

    [Fact]
    public async Task Only_admins_may_read_or_edit_templates()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.ClientAs(null).GetAsync("/api/templates")).StatusCode);
        var put = await _app.ClientAs("auditor").PutAsJsonAsync("/api/templates/filing-correction", new { text = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task Previewing_an_unknown_template_is_a_not_found_problem()
    {
        var response = await Admin.PostAsJsonAsync("/api/templates/no-such-notice/preview", new { model = new { } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("TEMPLATE_NOT_FOUND", (await response.Content.ReadFromJsonAsync<Problem>())!.Code);
    }
}
