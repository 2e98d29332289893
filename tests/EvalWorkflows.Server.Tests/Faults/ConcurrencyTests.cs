using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// One instance waiting in 300 places (fan-out.bpmn) is hit at once by 100 task completions, 100 messages and a
/// clock advance firing 100 timers, against a real server process: every call answers 200, a clean 409 (a
/// revision race) or, on a loaded machine, a 503 DATABASE_BUSY (the write waited past its timeout behind the
/// others) — both mean nothing happened, try again — and no wait is lost or left stuck: the instance ends.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output) : FaultTest
{
    private const int Branches = 100;
    private readonly ConcurrentBag<(string Op, HttpStatusCode Status, string? Code)> _answers = [];

    [Fact]
    public async Task A_hundred_completions_messages_and_timer_firings_at_once_on_one_instance_answer_200_or_a_clean_409_and_the_instance_ends()
    {
        var node = await StartNodeAsync();
        await node.Admin.DeployAsync("fan-out.bpmn");
        var id = await node.Admin.StartAsync("fan-out", "fan-1");
        var tasks = (await (await node.Admin.GetAsync($"/api/tasks?instanceId={id}&pageSize=100")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(Branches, tasks.Count);

        // Every op on its own client (connection), ten at a time per kind, all three kinds together.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 10 };
        await Task.WhenAll(
            Parallel.ForEachAsync(tasks, parallel, async (task, _) =>
                await UntilAcceptedAsync("complete", c => node.CompleteAsync(task, c), node)),
            Parallel.ForEachAsync(Enumerable.Range(0, Branches), parallel, async (_, _) =>
                await UntilAcceptedAsync("message", c => c.PostAsJsonAsync("/api/messages", new { name = "fee-paid", correlationKey = "fan-1" }), node)),
            UntilAcceptedAsync("advance", c => c.PostAsJsonAsync("/api/clock/advance", new { to = "2025-03-03T10:00:00+08:00" }), node));

        Assert.All(_answers, a => Assert.True(a.Status == HttpStatusCode.OK || IsRetry(a.Status, a.Code),
            $"{a.Op} answered {(int)a.Status} {a.Code}"));
        // A timer firing that lost its revision race stays due and is fired by the next settle (or, on a system
        // clock, the minute sweep); settle where the clock stands until the instance is through, bounded.
        var settles = 0;
        var left = "";
        await Poll.UntilAsync(async () =>
        {
            settles++;
            await node.Admin.AdvanceClockAsync(new { days = 0 });
            var now = await node.Admin.GetInstanceAsync(id);
            left = $"{now.GetProperty("openTasks").GetArrayLength()} tasks, {now.GetProperty("subscriptions").GetArrayLength()} subscriptions, "
                + $"{now.GetProperty("timers").GetArrayLength()} timers, {now.GetProperty("incidents").GetArrayLength()} incidents left";
            return now.GetProperty("status").GetString() == "completed";
        }, () => $"the fan-out instance completed ({left})", seconds: 300); // generous: a loaded CI machine on PostgreSQL needed more than 120 s

        var instance = await node.Admin.GetInstanceAsync(id);
        Assert.Equal((Branches, Branches, Branches), (Count(instance, "task-completed", "sign"), Count(instance, "message-correlated", "pay"), Count(instance, "timer-fired", "hour")));
        foreach (var waits in new[] { "openTasks", "timers", "subscriptions", "incidents", "activeElements" })
            Assert.Empty(instance.GetProperty(waits).EnumerateArray());
        foreach (var op in _answers.GroupBy(a => a.Op))
            output.WriteLine($"{op.Key}: {op.Count(a => a.Status == HttpStatusCode.OK)} × 200, {op.Count(a => a.Status == HttpStatusCode.Conflict)} × 409, {op.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)} × 503");
        output.WriteLine($"{settles} settles after the burst");
    }

    /// <summary>Sends the op again after each clean 409 or 503 busy, as a client should; any other answer ends it and is judged by the test.</summary>
    private async Task UntilAcceptedAsync(string op, Func<HttpClient, Task<HttpResponseMessage>> send, DrillNode node)
    {
        using var client = await node.Process.SignInAsync("admin", DrillNode.Password);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var response = await send(client);
            var code = response.StatusCode == HttpStatusCode.OK ? null
                : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            _answers.Add((op, response.StatusCode, code));
            if (!IsRetry(response.StatusCode, code)) return;
        }
    }

    private static bool IsRetry(HttpStatusCode status, string? code) =>
        (status, code) is (HttpStatusCode.Conflict, "CONFLICT") or (HttpStatusCode.ServiceUnavailable, "DATABASE_BUSY");

    private static int Count(JsonElement instance, string @event, string element) =>
        instance.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("event").GetString() == @event && h.GetProperty("element").GetString() == element);
}
