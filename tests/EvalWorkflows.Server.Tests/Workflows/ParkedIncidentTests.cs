using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>Failures a retry cannot change, reached by a user's command, and signals broadcast over HTTP.</summary>
public sealed class ParkedIncidentTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_clerk_completion_reaching_a_condition_over_an_undefined_variable_stands_and_an_admin_corrects_the_variable_and_retries()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("clerk-task-then-gateway.bpmn");
        var id = await admin.StartAsync("clerk-task-then-gateway", businessKey: "P-1");
        var clerk = await app.LoginAsAsync("clerk");
        var task = await clerk.OpenTaskAsync(id);

        await (await clerk.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome = "accept" })).ReadAsync(HttpStatusCode.OK);

        var incident = (await (await admin.GetAsync("/api/incidents?open=true")).ReadAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("instanceId").GetGuid() == id);
        Assert.Equal("route", incident.GetProperty("elementId").GetString());
        Assert.Contains("priority", incident.GetProperty("error").GetString());
        Assert.Equal(["route"], (await admin.GetInstanceAsync(id)).GetProperty("activeElements").Strings());

        var unexplained = await admin.PatchAsJsonAsync($"/api/instances/{id}/variables", new { variables = new { priority = "urgent" } });
        Assert.Equal("reason", (await unexplained.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST")).GetProperty("field").GetString());
        var corrected = await admin.PatchAsJsonAsync($"/api/instances/{id}/variables", new { variables = new { priority = "urgent" }, reason = "申请表漏填紧急程度，按来函补录" });
        Assert.Equal(HttpStatusCode.NoContent, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null)).StatusCode);

        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal(["urgent"], instance.GetProperty("activeElements").Strings());
        var set = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("event").GetString() == "variables-set");
        Assert.Equal("admin", set.GetProperty("actor").GetString());
        Assert.Equal("申请表漏填紧急程度，按来函补录", set.GetProperty("data").GetProperty("reason").GetString());
        Assert.Contains(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "task-completed"
            && h.GetProperty("actor").GetString() == "clerk");
    }

    [Fact]
    public async Task A_signal_broadcast_over_http_reaches_every_waiting_instance_and_nobody_waiting_is_no_error()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("signal-wait.bpmn");
        var first = await admin.StartAsync("signal-wait", "S-1");
        var second = await admin.StartAsync("signal-wait", "S-2");

        var broadcast = await (await admin.PostAsJsonAsync("/api/signals", new { name = "exam-cancelled" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(4, broadcast.GetProperty("reached").GetInt32()); // two waits in each instance
        foreach (var id in new[] { first, second })
            Assert.Equal(["refund", "stopped"], (await admin.GetInstanceAsync(id)).GetProperty("activeElements").Strings().Order());
        Assert.Equal(0, (await (await admin.PostAsJsonAsync("/api/signals", new { name = "nobody-listens" })).ReadAsync(HttpStatusCode.OK)).GetProperty("reached").GetInt32());
        var nameless = await (await admin.PostAsJsonAsync("/api/signals", new { })).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("name", nameless.GetProperty("field").GetString());
    }
}
