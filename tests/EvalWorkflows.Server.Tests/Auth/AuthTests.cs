using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Auth;

public sealed class AuthTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("GET", "/api/instances")]
    [InlineData("GET", "/api/tasks")]
    [InlineData("POST", "/api/definitions")]
    [InlineData("GET", "/api/auth/me")]
    public async Task An_api_call_without_signing_in_gets_a_401_problem_not_a_redirect(string method, string url)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal("请先登录。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_clerk_deploying_a_definition_gets_a_403_problem()
    {
        var clerk = await app.LoginAsAsync("clerk");

        var response = await clerk.PostXmlAsync("/api/definitions", ApiClientExtensions.BpmnFile("approval.bpmn"));

        await response.ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task An_evaluator_may_not_inspect_instances_but_an_auditor_may()
    {
        var evaluator = await app.LoginAsAsync("evaluator");
        await (await evaluator.GetAsync("/api/instances")).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        var auditor = await app.LoginAsAsync("auditor");
        await (await auditor.GetAsync("/api/instances")).ReadAsync(HttpStatusCode.OK);
        await (await auditor.PostAsJsonAsync("/api/instances", new { definitionKey = "approval" })).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("clerk")]
    [InlineData("supervisor")]
    [InlineData("evaluator")]
    [InlineData("auditor")]
    public async Task Each_demo_user_signs_in_with_the_seed_password_and_holds_the_role_of_its_name(string userName)
    {
        var client = app.Anonymous();

        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.Password }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(userName, login.GetProperty("userName").GetString());
        Assert.Equal([userName], login.GetProperty("roles").Strings());
        var me = await (await client.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal([userName], me.GetProperty("roles").Strings());
    }

    [Fact]
    public async Task A_wrong_password_gets_a_401_problem()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "supervisor", password = "wrong" });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized, "LOGIN_FAILED");
    }

    [Fact]
    public async Task Signing_in_without_a_password_is_refused_naming_the_field()
    {
        var problem = await (await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "admin" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("password", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task After_signing_out_the_cookie_no_longer_opens_the_api()
    {
        var admin = await app.LoginAsAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/auth/logout", null)).StatusCode);
        await (await admin.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_session_survives_the_manual_clock_moving_months_ahead()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { days = 120 });
        await (await admin.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_is_served_without_signing_in()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadAsync(HttpStatusCode.OK);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/tasks/{id}/complete", out _));
    }
}
