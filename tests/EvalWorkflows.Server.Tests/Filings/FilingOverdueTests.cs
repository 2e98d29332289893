using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingOverdueTests
{
    private static DateTimeOffset Beijing(int y, int m, int d, int h = 0) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Filing_accepted_before_National_Day_is_due_on_13_October_and_is_escalated_to_the_supervisor_when_that_passes()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app, authority: "370100");
        await d.AdvanceToAsync("2025-09-29T09:00:00+08:00");
        var (filingId, instanceId) = await d.SubmitAsync(FilingDriver.Application(levels: [4, 3, 2]));
        (await d.CompleteAsync(d.Clerk, await d.OpenTaskAsync(d.Clerk, instanceId), "accept")).EnsureSuccessStatusCode();

        // Accepted Monday 2025-09-29. Working days after it: Sep 30 (1); Oct 1–8 holidays; Oct 9 (2), Oct 10 (3),
        // Saturday Oct 11, a makeup working day (4); Sunday Oct 12 rest; Monday Oct 13 (5).
        Assert.Equal("2025-10-13", (await d.FilingAsync(filingId)).GetProperty("completionDueOn").GetString());
        var complete = await d.OpenTaskAsync(d.Clerk, instanceId);
        Assert.Equal(Beijing(2025, 10, 14), FilingDriver.Instant(complete.GetProperty("dueAt")));

        await d.AdvanceToAsync("2025-10-13T12:00:00+08:00");
        // The working day before the deadline is the makeup Saturday, 2025-10-11.
        var reminder = await d.NoticeAsync(instanceId, "filing-completion-reminder");
        Assert.Equal(Beijing(2025, 10, 11, 9), FilingDriver.Instant(reminder.GetProperty("queuedAt")));
        Assert.DoesNotContain(await d.NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == "filing-completion-overdue");

        await d.AdvanceToAsync("2025-10-14T09:00:00+08:00");
        var overdue = await d.NoticeAsync(instanceId, "filing-completion-overdue");
        Assert.Equal(Beijing(2025, 10, 14), FilingDriver.Instant(overdue.GetProperty("queuedAt")));
        Assert.Contains("supervision@centre.example.cn", overdue.GetProperty("to").GetString());
        Assert.Contains("2025年10月13日（星期一）", overdue.GetProperty("subject").GetString());
        var supervisor = await app.LoginAsAsync("supervisor");
        var followUp = await d.OpenTaskAsync(supervisor, instanceId);
        Assert.Equal("filing-followup", followUp.GetProperty("formKey").GetString());
        // The clerk's task stays open: the escalation does not take the work away.
        Assert.Equal(complete.GetProperty("id").GetGuid(), (await d.OpenTaskAsync(d.Clerk, instanceId)).GetProperty("id").GetGuid());

        (await d.CompleteAsync(d.Clerk, complete, null)).EnsureSuccessStatusCode();
        var filed = await d.FilingAsync(filingId);
        Assert.Equal("370100-2025-0001", filed.GetProperty("institutionCode").GetString());
        Assert.Equal("2025-10-14", filed.GetProperty("filedOn").GetString());
        Assert.Equal("2028-10-13", filed.GetProperty("validUntil").GetString());
        Assert.Equal("2028-12-12", filed.GetProperty("graceUntil").GetString());

        // Level 2 (技师) in scope: the filing notice is copied to the province (003 §一(二)); a city filing is
        // reported to the province on publication, within 5 working days (000 §四.1).
        var notice = await d.NoticeAsync(instanceId, "filing-completed");
        Assert.Contains("filings@province.example.cn", notice.GetProperty("cc").GetString());
        var report = await d.NoticeAsync(instanceId, "filing-province-report");
        Assert.Contains("filings@province.example.cn", report.GetProperty("to").GetString());
        Assert.Equal(Beijing(2025, 10, 14, 9), FilingDriver.Instant(report.GetProperty("queuedAt")));
        Assert.Equal("000 §四.1", report.GetProperty("basis").GetString());

        (await d.CompleteAsync(supervisor, followUp, null)).EnsureSuccessStatusCode();
        Assert.Equal("completed", (await d.Admin.GetInstanceAsync(instanceId)).GetProperty("status").GetString());
        var entry = Assert.Single((await (await app.Anonymous().GetAsync("/api/register?q=370100-2025")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal("四级/中级工、三级/高级工、二级/技师", entry.GetProperty("scope")[0].GetProperty("levelNames").GetString());
        Assert.Equal("370100", entry.GetProperty("authority").GetString());
    }
}
