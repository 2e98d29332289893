using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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

    [PostgresFact]
    public async Task A_calendar_correction_and_a_legal_source_saved_on_one_node_are_used_by_the_other_without_a_restart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"ew-two-nodes-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = await ServerProcess.StartAsync(
                [.. TestDatabase.Arguments(database), "--Seed:Demo=true", "--Seed:Province=false", $"--Seed:Password={Password}"]);
            await using var second = await ServerProcess.StartAsync(TestDatabase.Arguments(database));
            var onFirst = await first.SignInAsync("admin", Password);
            var onSecond = await second.SignInAsync("admin", Password);
            await onFirst.DeployAsync("working-day-deadline.bpmn");
            var before = await onSecond.StartAsync("working-day-deadline", "F-1", new { accepted_on = "2027-09-29" });

            // A made-up 2027 National Day, 1-7 October off, saved on the first node only.
            var correction = new
            {
                notice = "测试用 2027 年安排",
                holidays = Enumerable.Range(1, 7).Select(d => new { date = $"2027-10-0{d}", name = "国庆节" }),
                makeupWorkdays = Array.Empty<object>(),
                reason = "测试：国庆放假七天",
            };
            Assert.Equal(HttpStatusCode.OK, (await onFirst.PutAsJsonAsync("/api/calendar/years/2027", correction)).StatusCode);
            var source = await onFirst.GetFromJsonAsync<JsonElement>("/api/sources/000");
            var renamed = JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(source.GetRawText())!
                .Select(kv => kv.Key == "shortTitle" ? new KeyValuePair<string, object>(kv.Key, "鉴定机构备案通知") : new(kv.Key, kv.Value))
                .ToDictionary());
            Assert.Equal(HttpStatusCode.OK, (await onFirst.PutAsync("/api/sources/000", new StringContent(renamed, Encoding.UTF8, "application/json"))).StatusCode);

            // The second node looks for changes every SharedCaches:SyncInterval (2 s); wait for it, bounded.
            await Until(async () => !(await onSecond.GetFromJsonAsync<JsonElement>("/api/calendar/days/2027-10-04")).GetProperty("working").GetBoolean());
            await Until(async () => (await onSecond.GetFromJsonAsync<JsonElement>("/api/sources/000")).GetProperty("shortTitle").GetString() == "鉴定机构备案通知");

            // 2027-09-29 (Wed) + 5 working days without the correction: 30 Sep, 1, 4, 5, 6 October, due at the end of the 6th;
            // with it: 30 Sep, then 8, 11, 12, 13 October, due at the end of the 13th.
            var after = await onSecond.StartAsync("working-day-deadline", "F-2", new { accepted_on = "2027-09-29" });
            Assert.Equal(new DateTimeOffset(2027, 10, 7, 0, 0, 0, TimeSpan.FromHours(8)), (await onSecond.OpenTaskAsync(before)).GetProperty("dueAt").GetDateTimeOffset());
            Assert.Equal(new DateTimeOffset(2027, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)), (await onSecond.OpenTaskAsync(after)).GetProperty("dueAt").GetDateTimeOffset());
        }
        finally
        {
            TestDatabase.Delete(database);
        }
    }

    /// <summary>Waits for another node to catch up: a bound on correctness, not a speed assertion.</summary>
    private static async Task Until(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
            if (await condition()) return;
        Assert.Fail("The second node did not pick up the change within 60 seconds.");
    }
}
