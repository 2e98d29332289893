using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.FirstRun;

/// <summary>
/// Two server processes on one PostgreSQL database, as the README starts them: what one node writes the other
/// reads, and one task completed on both nodes at the same moment is completed once.
/// </summary>
public sealed class TwoNodeTests
{
    private const string Password = "Two-Nodes-2025!";

    [PostgresFact]
    public async Task Two_nodes_on_one_database_share_users_and_instances_and_a_task_completed_on_both_at_once_completes_once()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ew-two-nodes-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = await ServerProcess.StartAsync(
                [.. TestDatabase.Arguments(database), "--Seed:Demo=true", "--Seed:Province=false", $"--Seed:Password={Password}"]);
            await using var second = await ServerProcess.StartAsync(TestDatabase.Arguments(database));
            var onFirst = await first.SignInAsync("admin", Password);
            var onSecond = await second.SignInAsync("admin", Password); // seeded by the first node
            await onFirst.DeployAsync("approval.bpmn");
            var id = await onFirst.StartAsync("approval");
            var taskId = (await onSecond.OpenTaskAsync(id)).GetProperty("id").GetGuid();

            var responses = await Task.WhenAll(
                onFirst.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data = new { approved = true } }),
                onSecond.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data = new { approved = false } }));

            Assert.True(responses.Select(r => r.StatusCode).Order().SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                $"Expected one 200 and one 409, got {string.Join(", ", responses.Select(r => (int)r.StatusCode))}:\n{first.Output}\n{second.Output}");
            // The loser either read the task after the winner committed, or lost the instance's revision check.
            var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadAsync(HttpStatusCode.Conflict);
            Assert.Contains(conflict.GetProperty("code").GetString(), new[] { "TASK_NOT_OPEN", "CONFLICT" });
            foreach (var node in new[] { onFirst, onSecond })
            {
                var instance = await node.GetInstanceAsync(id);
                Assert.Equal("completed", instance.GetProperty("status").GetString());
                Assert.Single(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "task-completed");
            }
        }
        finally
        {
            TestDatabase.Delete(database);
        }
    }
}
