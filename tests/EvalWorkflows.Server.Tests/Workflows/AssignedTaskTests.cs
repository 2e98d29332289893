using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class AssignedTaskTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_task_assigned_to_one_person_is_neither_listed_for_nor_workable_by_others_holding_the_role()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("assigned-task.bpmn");
        var id = await admin.StartAsync("assigned-task", "P-1", new { supervisor = "zhang.supervisor" });
        var taskId = (await admin.OpenTaskAsync(id)).GetProperty("id").GetGuid();
        var supervisor = await app.LoginAsAsync("supervisor");

        var listed = (await (await supervisor.GetAsync($"/api/tasks?instanceId={id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        var attempt = await supervisor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { });

        Assert.Equal(0, listed.GetArrayLength());
        var problem = await attempt.ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Contains("zhang.supervisor", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_task_assigned_to_SUPERVISOR_is_listed_for_and_workable_by_the_user_supervisor()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("assigned-task.bpmn");
        var id = await admin.StartAsync("assigned-task", "P-2", new { supervisor = "SUPERVISOR" });
        var supervisor = await app.LoginAsAsync("supervisor");

        var task = await supervisor.OpenTaskAsync(id);
        var done = await supervisor.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { });

        await done.ReadAsync(HttpStatusCode.OK);
    }
}
