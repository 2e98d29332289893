using System.Net;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>A server with a service-task handler that always throws.</summary>
public sealed class FailingHandlerApp : TestApp
{
    public FailingHandlerApp() => WithServices(s => s.AddTaskHandler<AlwaysFails>("always-fails"));

    private sealed class AlwaysFails : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the registry did not answer");
    }
}

public sealed class IncidentTests(FailingHandlerApp app) : IClassFixture<FailingHandlerApp>
{
    [Fact]
    public async Task A_handler_failing_through_its_retries_raises_an_incident_an_admin_can_retry()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("failing.bpmn");
        var id = await admin.StartAsync("failing");
        var now = (await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK)).GetProperty("now").GetDateTimeOffset();

        // The retries wait 30 s and then 60 s: ten minutes on the clock uses them all up.
        await admin.AdvanceClockAsync(new { to = now.AddMinutes(10).ToString("O") });

        var open = (await (await admin.GetAsync("/api/incidents?open=true")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        var incident = Assert.Single(open.EnumerateArray(), i => i.GetProperty("instanceId").GetGuid() == id);
        Assert.Equal("callOut", incident.GetProperty("elementId").GetString());
        Assert.Contains("the registry did not answer", incident.GetProperty("error").GetString());
        Assert.Single((await admin.GetInstanceAsync(id)).GetProperty("incidents").EnumerateArray());

        var retry = await admin.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null);

        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        var all = (await (await admin.GetAsync("/api/incidents")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("instanceId").GetGuid() == id).ToList();
        Assert.Equal(2, all.Count);
        Assert.Contains(all, i => i.GetProperty("resolvedBy").GetString() == "admin");
        await (await admin.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null))
            .ReadProblemAsync(HttpStatusCode.Conflict, "INCIDENT_RESOLVED");
    }

    [Fact]
    public async Task An_incident_whose_step_a_boundary_timer_has_since_cancelled_cannot_be_retried()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("failing-with-deadline.bpmn");
        var id = await admin.StartAsync("failing-with-deadline");
        var now = (await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK)).GetProperty("now").GetDateTimeOffset();
        await admin.AdvanceClockAsync(new { to = now.AddMinutes(10).ToString("O") });
        var incident = (await (await admin.GetAsync("/api/incidents?open=true")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("instanceId").GetGuid() == id);

        await admin.AdvanceClockAsync(new { to = now.AddHours(1).ToString("O") });
        Assert.Equal("completed", (await admin.GetInstanceAsync(id)).GetProperty("status").GetString());

        var retry = await admin.PostAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", null);

        await retry.ReadProblemAsync(HttpStatusCode.Conflict, "INCIDENT_OBSOLETE");
    }

    [Fact]
    public async Task Retrying_an_unknown_incident_is_not_found()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostAsync($"/api/incidents/{Guid.NewGuid()}/retry", null)).ReadProblemAsync(HttpStatusCode.NotFound, "INCIDENT_NOT_FOUND");
    }
}
