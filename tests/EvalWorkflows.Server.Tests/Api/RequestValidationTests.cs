using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Api;

/// <summary>Bad input gets a 400 naming every field at fault, never a 500, and nothing is stored.</summary>
public sealed class RequestValidationTests(TestApp app) : IClassFixture<TestApp>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_objection_with_a_million_character_name_is_refused_naming_the_field_and_its_limit()
    {
        var body = JsonSerializer.Serialize(new { name = new string('张', 1_000_000), contact = "13800000000", content = "成绩有误" });
        var problem = await (await app.Anonymous().PostAsync($"/api/publicity/{Guid.NewGuid()}/objections", Json(body)))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("name", problem.GetProperty("field").GetString());
        Assert.Equal("字段 name 最多 100 个字符，现为 1000000 个。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_five_megabyte_institution_name_is_refused_and_no_institution_is_stored()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var before = await InstitutionCountAsync(clerk);
        var body = JsonSerializer.SerializeToNode(FilingDriver.InstitutionBody("91370100MA3C00061P"))!.AsObject();
        body["name"] = new string('a', 5 * 1024 * 1024);
        var problem = await (await clerk.PostAsync("/api/institutions", Json(body.ToJsonString())))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("name", problem.GetProperty("field").GetString());
        Assert.Equal(before, await InstitutionCountAsync(clerk));
    }

    [Fact]
    public async Task Every_error_of_a_request_is_reported_at_once_in_the_errors_map()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var body = JsonSerializer.SerializeToNode(FilingDriver.InstitutionBody("91370100MA3C00071Q"))!.AsObject();
        body["name"] = " ";
        body["email"] = "\"li hua\"@example.cn";
        body["authority"] = "shandong";
        var problem = await (await clerk.PostAsync("/api/institutions", Json(body.ToJsonString())))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var errors = problem.GetProperty("errors");
        Assert.Equal(["authority", "email", "name"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("请填写机构名称（name）。", errors.GetProperty("name")[0].GetString());
        Assert.Equal("name", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_empty_email_is_asked_for_and_a_wrong_credit_code_names_its_field_and_the_check_it_failed()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var body = JsonSerializer.SerializeToNode(FilingDriver.InstitutionBody("91370100MA3C00071Q"))!.AsObject();
        body["email"] = "";
        body["creditCode"] = "91370100MA3C00071A";
        var errors = (await (await clerk.PostAsync("/api/institutions", Json(body.ToJsonString())))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST")).GetProperty("errors");
        Assert.Equal("请填写电子邮箱（email）：通知发往此地址。", errors.GetProperty("email")[0].GetString());
        Assert.Equal("统一社会信用代码（creditCode）校验位错误：第18位应为“Q”，请核对。", errors.GetProperty("creditCode")[0].GetString());
    }

    [Theory]
    [InlineData("scope", "scope[0]")]
    [InlineData("assessors", "assessors[1]")]
    [InlineData("materials", "materials[0]")]
    public async Task A_null_inside_a_filing_list_is_a_400_naming_the_element(string list, string field)
    {
        var d = await FilingDriver.StartAsync(app, creditCode: list switch
        {
            "scope" => "91370100MA3C00081R", "assessors" => "91370100MA3C00091T", _ => "91370100MA3C001017",
        });
        var body = JsonSerializer.SerializeToNode(FilingDriver.Application())!.AsObject();
        var items = body[list]!.AsArray();
        items.Insert(field.EndsWith("[1]") ? 1 : 0, null);
        var problem = await (await d.Institution.PostAsync("/api/filings", Json(body.ToJsonString())))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.DoesNotContain((await (await d.Clerk.GetAsync("/api/filings")).ReadAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray(), f => f.GetProperty("institutionId").GetGuid() == d.InstitutionId);
    }

    [Theory]
    [InlineData("""{"filingId":"0b6f1c2e-0000-4000-8000-000000000001","examStart":"9999-12-31","examEnd":"9999-12-31","occupations":[{"occupationCode":"6-18-02-04","level":5,"candidates":3}],"assessors":[{"name":"王","occupationCode":"6-18-02-04","qualificationLevel":2}]}""", "examStart", "91370100MA3C001118")]
    [InlineData("""{"filingId":"0b6f1c2e-0000-4000-8000-000000000001","examStart":"0001-01-01","examEnd":"2025-04-01","occupations":[null],"assessors":[{"name":"王","occupationCode":"6-18-02-04","qualificationLevel":2}]}""", "examStart", "91370100MA3C001219")]
    [InlineData("""{"filingId":"0b6f1c2e-0000-4000-8000-000000000001","examStart":"2025-04-01","examEnd":"2025-04-01","occupations":[null],"assessors":[null],"sessions":[null]}""", "occupations[0]", "91370100MA3C00131A")]
    public async Task Plans_with_dates_out_of_range_or_null_entries_are_a_400_naming_the_field(string json, string field, string creditCode)
    {
        var d = await FilingDriver.StartAsync(app, creditCode: creditCode);
        var problem = await (await d.Institution.PostAsync("/api/plans", Json(json))).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_json_string_is_a_400_naming_the_field()
    {
        var response = await app.Anonymous().PostAsync($"/api/publicity/{Guid.NewGuid()}/objections",
            Json("""{"name":"\ud800","contact":"13800000000","content":"成绩有误"}"""));
        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("name", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_json_type_is_a_400_naming_the_field()
    {
        var problem = await (await app.Anonymous().PostAsync($"/api/publicity/{Guid.NewGuid()}/objections",
            Json("""{"name":5,"contact":"13800000000","content":"成绩有误"}"""))).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_BODY");
        Assert.Equal("name", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_definition_posted_without_a_content_type_is_a_415_and_deploys_nothing()
    {
        var admin = await app.LoginAsAsync("admin");
        var before = (await (await admin.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ApiClientExtensions.BpmnFile("approval.bpmn")));
        var problem = await (await admin.PostAsync("/api/definitions", content)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
        Assert.Contains("application/xml", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await (await admin.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_page_size_above_the_maximum_is_refused_naming_the_parameter()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.GetAsync("/api/instances?pageSize=101")).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("pageSize", problem.GetProperty("field").GetString());
        await (await admin.GetAsync("/api/notices?page=0")).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    private static async Task<int> InstitutionCountAsync(HttpClient staff) =>
        (await (await staff.GetAsync("/api/institutions")).ReadAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
}

/// <summary>Anyone may call the public endpoints, but not at any speed.</summary>
public sealed class AnonymousRateLimitTests : IDisposable
{
    private readonly TestApp _app = new TestApp().With("RateLimits:Anonymous:PermitLimit", "3");

    [Fact]
    public async Task The_fourth_register_search_within_a_minute_is_a_429_problem_with_retry_after()
    {
        var visitor = _app.Anonymous();
        for (var i = 0; i < 3; i++) await (await visitor.GetAsync("/api/register?q=焊工")).ReadAsync(HttpStatusCode.OK);
        var response = await visitor.GetAsync("/api/register?q=焊工");
        var problem = await response.ReadProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.Contains("请求过于频繁", problem.GetProperty("detail").GetString());
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    public void Dispose() => _app.Dispose();
}
