using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class TaskCompletionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Two_concurrent_completions_of_one_task_give_exactly_one_success_and_one_conflict()
    {
        var first = await app.LoginAsAsync("admin");
        var second = await app.LoginAsAsync("admin");
        await first.DeployAsync("approval.bpmn");
        var id = await first.StartAsync("approval");
        var taskId = (await first.OpenTaskAsync(id)).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data = new { approved = true } }),
            second.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data = new { approved = false } }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadProblemAsync(HttpStatusCode.Conflict, "TASK_NOT_OPEN");
        var instance = await first.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Single(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "task-completed");
    }

    [Fact]
    public async Task A_task_without_a_role_is_for_admins_only()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        var id = await admin.StartAsync("approval");
        var taskId = (await admin.OpenTaskAsync(id)).GetProperty("id").GetGuid();
        var clerk = await app.LoginAsAsync("clerk");

        var seen = (await (await clerk.GetAsync($"/api/tasks?mine=true&instanceId={id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Empty(seen.EnumerateArray());
        await (await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { })).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task A_clerk_sees_and_completes_a_clerk_task_with_one_of_its_outcomes_and_is_named_in_the_history()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("clerk-task.bpmn");
        var id = await admin.StartAsync("clerk-task", businessKey: "C-1");
        var clerk = await app.LoginAsAsync("clerk");
        var task = await clerk.OpenTaskAsync(id);
        Assert.Equal("clerk", task.GetProperty("candidateRole").GetString());
        Assert.Equal(["accept", "reject"], task.GetProperty("outcomes").Strings());
        var evaluator = await app.LoginAsAsync("evaluator");
        Assert.Empty((await (await evaluator.GetAsync($"/api/tasks?instanceId={id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        var url = $"/api/tasks/{task.GetProperty("id").GetGuid()}/complete";

        await (await evaluator.PostAsJsonAsync(url, new { outcome = "accept" })).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        var wrong = await (await clerk.PostAsJsonAsync(url, new { outcome = "maybe" })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "INVALID_OUTCOME");
        Assert.Equal("outcome", wrong.GetProperty("field").GetString());
        var done = await (await clerk.PostAsJsonAsync(url, new { outcome = "accept" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("clerk", done.GetProperty("completedBy").GetString());
        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        var completed = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("event").GetString() == "task-completed");
        Assert.Equal("clerk", completed.GetProperty("actor").GetString());
        Assert.Equal("accept", completed.GetProperty("data").GetProperty("outcome").GetString());
        var again = await (await clerk.PostAsJsonAsync(url, new { outcome = "accept" })).ReadProblemAsync(HttpStatusCode.Conflict, "TASK_NOT_OPEN");
        // Completed at 01:00 UTC: people read Beijing time.
        Assert.Equal("该任务已由 clerk 于 2025年3月3日 09:00 办结。", again.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Completing_an_unknown_task_is_not_found()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/complete", new { })).ReadProblemAsync(HttpStatusCode.NotFound, "TASK_NOT_FOUND");
    }
}
