using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>Plain BPMN with no extension attributes, as the acceptance scripts deploy it (docs/api.md).</summary>
public sealed class PlainApprovalTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData(true, "approvedEnd")]
    [InlineData(false, "rejectedEnd")]
    public async Task Completing_the_review_ends_the_instance_at_the_end_event_the_decision_chose(bool approved, string end)
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        var id = await admin.StartAsync("approval", businessKey: $"case-{approved}");

        var running = await admin.GetInstanceAsync(id);
        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.Equal(["review"], running.GetProperty("activeElements").Strings());
        var task = await admin.OpenTaskAsync(id);
        Assert.Equal("Review", task.GetProperty("name").GetString());
        Assert.Equal($"case-{approved}", task.GetProperty("businessKey").GetString());

        var done = await admin.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { data = new { approved } });
        await done.ReadAsync(HttpStatusCode.OK);

        var ended = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", ended.GetProperty("status").GetString());
        Assert.Empty(ended.GetProperty("activeElements").EnumerateArray());
        Assert.Equal(approved, ended.GetProperty("variables").GetProperty("approved").GetBoolean());
        var history = ended.GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("event").GetString() == "task-completed"
            && h.GetProperty("element").GetString() == "review" && h.GetProperty("actor").GetString() == "admin");
        Assert.Contains(history, h => h.GetProperty("event").GetString() == "element-entered"
            && h.GetProperty("element").GetString() == end);
        Assert.Equal("2025-03-03T09:00:00+08:00", ended.GetProperty("endedAt").GetString());
    }

    [Fact]
    public async Task Instances_are_listed_by_definition_status_and_business_key_with_their_active_elements()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        var id = await admin.StartAsync("approval", businessKey: "listed-1");

        var auditor = await app.LoginAsAsync("auditor");
        var list = await (await auditor.GetAsync("/api/instances?definition=approval&status=running&businessKey=listed-1"))
            .ReadAsync(HttpStatusCode.OK);

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal("approval", item.GetProperty("definitionKey").GetString());
        Assert.Equal(1, item.GetProperty("version").GetInt32());
        Assert.Equal("2025-03-03T09:00:00+08:00", item.GetProperty("startedAt").GetString());
        Assert.Equal(["review"], item.GetProperty("activeElements").Strings());
    }

    [Fact]
    public async Task Listing_instances_with_an_unknown_status_is_refused_naming_the_field()
    {
        var auditor = await app.LoginAsAsync("auditor");
        var problem = await (await auditor.GetAsync("/api/instances?status=sleeping"))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("status", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Starting_an_instance_without_a_definition_key_is_refused_naming_the_field()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/instances", new { businessKey = "x" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("definitionKey", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Starting_an_instance_with_variables_that_are_not_an_object_is_refused_naming_the_field()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostAsync("/api/instances",
                new StringContent("""{"definitionKey":"approval","variables":5}""", System.Text.Encoding.UTF8, "application/json")))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_BODY");
        Assert.Equal("variables", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Starting_an_unknown_definition_is_not_found()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "no-such-workflow" }))
            .ReadProblemAsync(HttpStatusCode.NotFound, "DEFINITION_NOT_FOUND");
    }
}
