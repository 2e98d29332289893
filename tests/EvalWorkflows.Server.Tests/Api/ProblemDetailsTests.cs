using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Api;

public sealed class ProblemDetailsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_with_a_code_and_a_chinese_detail()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.GetAsync("/api/no-such-thing")).ReadProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal("未找到请求的资源。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        var admin = await app.LoginAsAsync("admin");
        var response = await admin.PostAsync("/api/messages", new StringContent("{name:", System.Text.Encoding.UTF8, "application/json"));
        await response.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_BODY");
    }

    [Fact]
    public async Task A_missing_body_is_a_400_problem()
    {
        var admin = await app.LoginAsAsync("admin");
        var response = await admin.PostAsync("/api/instances", JsonContent.Create<object?>(null));
        await response.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_BODY");
    }

    [Fact]
    public async Task A_query_value_that_does_not_parse_is_a_400_problem_naming_the_parameter()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.GetAsync("/api/tasks?mine=maybe")).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("mine", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_json_endpoint_sent_plain_text_is_a_415_problem()
    {
        var admin = await app.LoginAsAsync("admin");
        var response = await admin.PostAsync("/api/messages", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"));
        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }
}
