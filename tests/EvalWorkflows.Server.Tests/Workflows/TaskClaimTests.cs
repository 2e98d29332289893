using System.Net;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class TaskClaimTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_claimed_review_is_hidden_from_the_other_clerk_until_released_and_both_steps_are_in_the_history()
    {
        await app.AddStaffAsync("clerk2", "clerk");
        var driver = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00011J");
        var (_, instanceId) = await driver.SubmitAsync();
        var taskId = (await driver.OpenTaskAsync(driver.Clerk, instanceId)).GetProperty("id").GetGuid();
        var other = await app.LoginAsAsync("clerk2");

        var claimed = await (await driver.Clerk.PostAsync($"/api/tasks/{taskId}/claim", null)).ReadAsync(HttpStatusCode.OK);
        var othersList = await (await other.GetAsync($"/api/tasks?instanceId={instanceId}")).ReadAsync(HttpStatusCode.OK);
        var othersClaim = await other.PostAsync($"/api/tasks/{taskId}/claim", null);
        var othersRelease = await other.PostAsync($"/api/tasks/{taskId}/release", null);
        await (await driver.Clerk.PostAsync($"/api/tasks/{taskId}/release", null)).ReadAsync(HttpStatusCode.OK);
        var afterRelease = await (await other.GetAsync($"/api/tasks?instanceId={instanceId}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("clerk", claimed.GetProperty("assignee").GetString());
        Assert.Equal(0, othersList.GetProperty("items").GetArrayLength());
        await othersClaim.ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await othersRelease.ReadProblemAsync(HttpStatusCode.Conflict, "TASK_NOT_CLAIMED");
        Assert.Equal(JsonValueKind.Null, Assert.Single(afterRelease.GetProperty("items").EnumerateArray()).GetProperty("assignee").ValueKind);
        var events = (await driver.Admin.GetInstanceAsync(instanceId)).GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("event").GetString(), h.GetProperty("actor").GetString())).ToList();
        Assert.Contains(("task-claimed", "clerk"), events);
        Assert.Contains(("task-released", "clerk"), events);
    }

    [Fact]
    public async Task A_supervisor_cannot_claim_a_task_of_the_clerks()
    {
        var driver = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00012M");
        var (_, instanceId) = await driver.SubmitAsync();
        var taskId = (await driver.OpenTaskAsync(driver.Clerk, instanceId)).GetProperty("id").GetGuid();
        var supervisor = await app.LoginAsAsync("supervisor");

        var attempt = await supervisor.PostAsync($"/api/tasks/{taskId}/claim", null);

        await attempt.ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }
}
