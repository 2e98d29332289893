using System.Text.Json;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// What an undisturbed fault drill ends with, worked out by hand from fault-drill.bpmn, and the checks that a
/// disturbed one ended the same. An instance answered after the first reminder (Tuesday 09:00) has fired one
/// reminder and sent received, reminded, done; one left unanswered has fired two reminders (Tuesday and Wednesday
/// 09:00) and its three-day deadline (Thursday 09:00) and sent received, reminded twice, overdue.
/// </summary>
public static class DrillOutcome
{
    public static readonly DateTimeOffset Tuesday = DrillNode.Monday.AddDays(1), Wednesday = DrillNode.Monday.AddDays(2),
        Thursday = DrillNode.Monday.AddDays(3);

    /// <summary>Notices of a drill where <paramref name="answered"/> of <paramref name="total"/> instances were answered.</summary>
    public static int ExpectedNotices(int total, int answered) => 3 * answered + 4 * (total - answered);

    /// <summary>The instance ended where its path ends, each timer fired once per due instant, each notice queued once.</summary>
    public static void AssertInstance(JsonElement instance, bool answered)
    {
        var key = instance.GetProperty("businessKey").GetString();
        var history = instance.GetProperty("history").EnumerateArray().ToList();
        DateTimeOffset[] Fired(string element) =>
        [
            .. history.Where(h => h.GetProperty("event").GetString() == "timer-fired" && h.GetProperty("element").GetString() == element)
                .Select(h => h.GetProperty("data").GetProperty("dueAt").GetDateTimeOffset()),
        ];
        int Count(string @event, string element) =>
            history.Count(h => h.GetProperty("event").GetString() == @event && h.GetProperty("element").GetString() == element);

        Assert.True(instance.GetProperty("status").GetString() == "completed", $"{key} is {instance.GetProperty("status")}");
        // DateTimeOffset equality compares instants, whatever offset the history wrote them in.
        Assert.Equal(answered ? [Tuesday] : [Tuesday, Wednesday], Fired("remind"));
        Assert.Equal(answered ? [] : [Thursday], Fired("deadline"));
        Assert.Equal(answered ? 1 : 0, Count("task-completed", "answer"));
        Assert.Equal((1, answered ? 1 : 2, answered ? 1 : 0, answered ? 0 : 1),
            (Count("notice-queued", "received"), Count("notice-queued", "reminded"), Count("notice-queued", "done"), Count("notice-queued", "overdue")));
        Assert.Equal((answered ? 1 : 0, answered ? 0 : 1), (Count("element-entered", "answered"), Count("element-entered", "timedOut")));
    }

    /// <summary>
    /// Every notice of the drill reached the SMTP server under its own Message-Id, each the expected number of times
    /// per instance and step. A copy of one Message-Id arriving twice is allowed only for a notice that was being
    /// sent when the process was killed (<paramref name="inFlight"/>): the server may have accepted it before the
    /// process could record that, which is the one resend the README owns up to.
    /// </summary>
    public static void AssertMailbox(SmtpServer smtp, IEnumerable<(string Key, bool Answered)> drills, IReadOnlySet<string> inFlight)
    {
        var messages = smtp.Messages().Select(m => (To: m.Headers["X-RcptTo"]!.Trim().ToLowerInvariant(), Id: m.MessageId)).ToList();
        var byId = messages.GroupBy(m => m.Id).ToList();
        Assert.All(byId.Where(g => g.Count() > 1), g =>
            Assert.True(g.Count() == 2 && inFlight.Contains($"<{g.Key}>"), $"Message {g.Key} to {g.First().To} arrived {g.Count()} times and was not in flight at a kill."));
        var distinctTo = byId.GroupBy(g => g.First().To).ToDictionary(g => g.Key, g => g.Count());
        int To(string address) => distinctTo.GetValueOrDefault(address);
        var expected = 0;
        foreach (var (key, answered) in drills)
        {
            var counts = (To($"{key}.received@example.cn"), To($"{key}.reminded@example.cn"), To($"{key}.done@example.cn"), To($"{key}.overdue@example.cn"));
            Assert.True(counts == (1, answered ? 1 : 2, answered ? 1 : 0, answered ? 0 : 1), $"{key} (answered: {answered}) got {counts} messages");
            expected += answered ? 3 : 4;
        }
        Assert.Equal(expected, byId.Count);
    }

    /// <summary>The Message-Ids of notices a killed process left claimed, read from its database before the restart.</summary>
    public static async Task<IReadOnlyList<string>> SendingAsync(string database)
    {
        await using var db = TestDatabase.Open(database);
        return await db.Set<Notice>().Where(n => n.Status == NoticeStatus.Sending).Select(n => n.MessageId).ToListAsync();
    }
}
