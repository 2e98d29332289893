using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class DefinitionDeploymentTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Deploying_identical_xml_again_creates_no_new_version()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("documents.bpmn");

        var again = await admin.DeployAsync("documents.bpmn");

        Assert.Equal("documents", again.GetProperty("key").GetString());
        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.False(again.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task Deploying_changed_xml_creates_version_two_while_a_running_instance_stays_on_version_one()
    {
        var admin = await app.LoginAsAsync("admin");
        var first = await admin.DeployAsync("approval.bpmn");
        Assert.True(first.GetProperty("created").GetBoolean());
        var onV1 = await admin.StartAsync("approval");

        var second = await admin.DeployAsync("approval-v2.bpmn");
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.True(second.GetProperty("created").GetBoolean());
        var onV2 = await admin.StartAsync("approval");

        Assert.Equal(1, (await admin.GetInstanceAsync(onV1)).GetProperty("version").GetInt32());
        Assert.Equal(2, (await admin.GetInstanceAsync(onV2)).GetProperty("version").GetInt32());
        // The old instance still follows version 1: completing its review ends it, with no countersign step.
        var task = await admin.OpenTaskAsync(onV1);
        // The decision after it reads approved: a condition over an undefined variable is an error, not a silent false.
        await (await admin.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { data = new { approved = false } }))
            .ReadAsync(HttpStatusCode.OK);
        Assert.Equal("completed", (await admin.GetInstanceAsync(onV1)).GetProperty("status").GetString());

        var definitions = (await (await admin.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        var approval = definitions.EnumerateArray().Single(d => d.GetProperty("key").GetString() == "approval");
        Assert.Equal(2, approval.GetProperty("latestVersion").GetInt32());
        Assert.Equal([1, 2], approval.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_with_every_problem_listed()
    {
        var admin = await app.LoginAsAsync("admin");

        var response = await admin.PostXmlAsync("/api/definitions", ApiClientExtensions.BpmnFile("invalid.bpmn"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "DEFINITION_INVALID");
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "decide" && e.GetProperty("elementType").GetString() == "exclusiveGateway");
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "dangling");
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
        Assert.Contains("未部署", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Xml_that_is_not_bpmn_is_refused_as_invalid()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostXmlAsync("/api/definitions", "<not-bpmn/"))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "DEFINITION_INVALID");
        Assert.Single(problem.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_empty_body_is_refused_naming_the_body()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostXmlAsync("/api/definitions", "")).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("body", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_sent_as_xml_is_refused_as_an_unsupported_media_type()
    {
        var admin = await app.LoginAsAsync("admin");
        var response = await admin.PostAsync("/api/definitions",
            new StringContent(ApiClientExtensions.BpmnFile("approval.bpmn"), System.Text.Encoding.UTF8, "text/plain"));
        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task A_deployed_version_can_be_downloaded_as_the_bpmn_file_it_was()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("deadline.bpmn");

        var response = await admin.GetAsync("/api/definitions/deadline/versions/1/xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("deadline.v1.bpmn", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(ApiClientExtensions.BpmnFile("deadline.bpmn"), await response.Content.ReadAsStringAsync());
        await (await admin.GetAsync("/api/definitions/deadline/versions/9/xml")).ReadProblemAsync(HttpStatusCode.NotFound, "DEFINITION_NOT_FOUND");
    }
}
