using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// A plan submitted Mon 2025-03-03 for an exam on Mon 2025-03-10: the review and the supervisor's assignment are due by
/// the end of the working day before the exam (002 §四(一); 001 art. 17) — Fri 2025-03-07, i.e. 2025-03-08 00:00 —
/// the clerks are reminded at 09:00 on Thu 2025-03-06 and the office's head is told at 2025-03-08 00:00.
/// </summary>
public sealed class PlanReviewDeadlineTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Plan_review_and_supervisor_assignment_are_due_before_the_exam_with_a_reminder_and_an_escalation()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        var clerk = await app.LoginAsAsync("clerk");
        var review = await PlanWorld.TaskAsync(clerk, planId, "review");
        Assert.Equal("2025-03-08T00:00:00+08:00", review.GetProperty("dueAt").GetString());
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceClockAsync(new { to = "2025-03-06T08:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("plan-review-reminder"));
        await admin.AdvanceClockAsync(new { to = "2025-03-06T09:00:00+08:00" });
        var reminder = Assert.Single(await world.NoticesAsync("plan-review-reminder"));
        Assert.Equal("2025-03-06T09:00:00+08:00", reminder.GetProperty("queuedAt").GetString());
        Assert.Equal("filing-office@centre.example.cn", reminder.GetProperty("to").GetString());
        Assert.Contains("2025年3月7日（星期五）", reminder.GetProperty("subject").GetString());

        await PlanWorld.CompleteAsync(clerk, planId, "review", new { outcome = "approve" });
        var assign = await PlanWorld.TaskAsync(clerk, planId, "assignSupervisor");
        Assert.Equal("2025-03-08T00:00:00+08:00", assign.GetProperty("dueAt").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-07T23:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("plan-review-overdue"));
        await admin.AdvanceClockAsync(new { to = "2025-03-08T00:00:00+08:00" });
        var overdue = Assert.Single(await world.NoticesAsync("plan-review-overdue"));
        Assert.Equal("2025-03-08T00:00:00+08:00", overdue.GetProperty("queuedAt").GetString());
        Assert.Equal("supervision@centre.example.cn", overdue.GetProperty("to").GetString());
        Assert.Equal("filing-office@centre.example.cn", overdue.GetProperty("cc").GetString());
        Assert.Equal("002 §四(一)；001 art. 17", overdue.GetProperty("basis").GetString());
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.StartsWith("逾期：") == true);
        Assert.Equal("supervision@centre.example.cn", mail.To.Mailboxes.Single().Address);
        Assert.Contains("2025年3月7日（星期五）", mail.TextBody);
        await PlanWorld.TaskAsync(clerk, planId, "assignSupervisor");
    }
}
