using System.Net;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// Daily reminders without end (R/P1D) across restarts: killed after a day, after the next, and once down over
/// two occurrences; every occurrence fires exactly once, at its own instant, and sends one notice.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CycleRestartTests : FaultTest
{
    private const int Instances = 20;

    [ProviderNeutralFact]
    public async Task A_daily_reminder_fires_exactly_once_per_day_across_kills_and_a_restart_after_two_missed_days()
    {
        var monday = DrillNode.Monday;
        var node = await StartNodeAsync(monday);
        await node.Admin.DeployAsync("daily-reminder.bpmn");
        var ids = new List<Guid>();
        for (var i = 1; i <= Instances; i++)
            ids.Add(await node.Admin.StartAsync("daily-reminder", $"r{i:D3}", new
            {
                recipient_name = "故障演练机构", matter = $"故障演练 r{i:D3}", due_date = "2025-03-10", to_reminded = $"r{i:D3}@example.cn",
            }));

        await node.AdvanceToAsync(monday.AddDays(1).AddHours(3)); // Tuesday 12:00: Tuesday's reminder
        var inFlight = new HashSet<string>();
        await node.KillAsync();
        inFlight.UnionWith(await DrillOutcome.SendingAsync(Database));
        await node.RestartAsync(monday.AddDays(1).AddHours(3));
        await node.AdvanceToAsync(monday.AddDays(2).AddHours(3)); // Wednesday 12:00: Wednesday's
        await node.KillAsync();
        inFlight.UnionWith(await DrillOutcome.SendingAsync(Database));
        await node.RestartAsync(monday.AddDays(4).AddHours(3)); // down until Friday 12:00: Thursday's and Friday's are due
        await node.Admin.AdvanceClockAsync(new { days = 0 });
        await node.AdvanceToAsync(monday.AddDays(4).AddHours(23)); // Saturday 08:00: nothing more is due
        foreach (var id in ids)
            await (await node.CompleteAsync((await node.OpenTaskIdAsync(id))!.Value)).ReadAsync(HttpStatusCode.OK);
        await node.AdvanceToAsync(monday.AddDays(14)); // answered: the cycle ends with the task
        await node.WaitUntilSentAsync(4 * Instances, TimeSpan.FromSeconds(60));

        DateTimeOffset[] days = [.. Enumerable.Range(1, 4).Select(d => monday.AddDays(d))]; // Tuesday to Friday, 09:00
        foreach (var id in ids)
        {
            var instance = await node.Admin.GetInstanceAsync(id);
            Assert.Equal("completed", instance.GetProperty("status").GetString());
            var fired = instance.GetProperty("history").EnumerateArray()
                .Where(h => h.GetProperty("event").GetString() == "timer-fired")
                .Select(h => h.GetProperty("data").GetProperty("dueAt").GetDateTimeOffset());
            Assert.Equal(days, fired);
            Assert.Equal(4, Queued(instance));
        }
        var messages = Smtp.Messages();
        // A second copy of one Message-Id only for a notice a kill caught mid-send (README, Delivery guarantees).
        Assert.Equal(4 * Instances, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(messages.GroupBy(m => m.MessageId).Where(g => g.Count() > 1), g => Assert.True(g.Count() == 2 && inFlight.Contains($"<{g.Key}>"), $"{g.Key} arrived {g.Count()} times"));
        Assert.All(Enumerable.Range(1, Instances), i => Assert.Equal(4, Smtp.MessagesTo($"r{i:D3}@example.cn").DistinctBy(m => m.MessageId).Count()));
    }

    private static int Queued(JsonElement instance) =>
        instance.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("event").GetString() == "notice-queued");
}
