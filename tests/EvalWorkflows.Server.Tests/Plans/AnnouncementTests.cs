using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// An exam announced on 2025-03-03 for Thu 2025-03-20: the plan is due by Thu 2025-03-13 (13 + 5 working days =
/// 20, 002 §四(一)); reminders at 09:00 on 2025-03-11 (2 working days before) and on 2025-03-13.
/// </summary>
public sealed class AnnouncementTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Announced_exam_reminds_the_institution_before_the_deadline_and_stops_when_the_plan_arrives()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans/announcements", new { filingId = world.FilingId, examStart = "2025-03-20" });
        var announced = await response.ReadAsync(HttpStatusCode.Created);
        Assert.Equal("2025-03-13", announced.GetProperty("submissionDeadline").GetString());
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceClockAsync(new { to = "2025-03-11T09:00:00+08:00" });
        var first = Assert.Single(await world.NoticesAsync("plan-announcement-reminder"));
        Assert.Equal("2025-03-11T09:00:00+08:00", first.GetProperty("queuedAt").GetString());
        Assert.Contains("2025年3月13日（星期四）", first.GetProperty("subject").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-13T09:00:00+08:00" });
        Assert.Equal(2, (await world.NoticesAsync("plan-announcement-reminder")).Count);

        await world.SubmitAsync("2025-03-20", "2025-03-20");
        var instance = await admin.GetInstanceAsync(announced.GetProperty("instanceId").GetGuid());
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-14T00:00:00+08:00" });
        Assert.Empty(await world.NoticesAsync("plan-announcement-overdue"));
    }
}

/// <summary>
/// An exam announced on 2025-03-03 for Sunday 2025-03-23 whose plan never arrives. A plan of Sat 15 or Sun 16 is
/// still on time (5 working days later is Fri 2025-03-21, 002 §四(一)); one of Mon 17 is not (2025-03-24). So the
/// deadline is 2025-03-16, reminders go at 09:00 on Thu 2025-03-13 (2 working days before) and on 2025-03-16, and
/// the deadline has passed at 2025-03-17 00:00.
/// </summary>
public sealed class AnnouncedExamOnARestDayTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Plan_that_never_arrives_is_reported_overdue_at_the_end_of_the_last_day_a_plan_was_on_time()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans/announcements", new { filingId = world.FilingId, examStart = "2025-03-23" });
        var announced = await response.ReadAsync(HttpStatusCode.Created);
        Assert.Equal("2025-03-16", announced.GetProperty("submissionDeadline").GetString());
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceClockAsync(new { to = "2025-03-16T09:00:00+08:00" });
        var reminders = await world.NoticesAsync("plan-announcement-reminder");
        // The last day, Sunday 16 March, is a rest day: its reminder goes out on Friday 14 March.
        Assert.Equal(["2025-03-13T09:00:00+08:00", "2025-03-14T09:00:00+08:00"],
            reminders.Select(n => n.GetProperty("queuedAt").GetString()).Order());
        var other = await PlanWorld.CreateAsync(app);
        var sundayPlan = await other.Institution.PostAsJsonAsync("/api/plans", other.Plan("2025-03-23", "2025-03-23"));
        await sundayPlan.ReadAsync(HttpStatusCode.Created);

        await admin.AdvanceClockAsync(new { to = "2025-03-16T23:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("plan-announcement-overdue"));
        await admin.AdvanceClockAsync(new { to = "2025-03-17T00:00:00+08:00" });
        var overdue = Assert.Single(await world.NoticesAsync("plan-announcement-overdue"));
        Assert.Equal("2025-03-17T00:00:00+08:00", overdue.GetProperty("queuedAt").GetString());
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.Contains("届满") == true);
        Assert.Equal(world.Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal("2025年3月23日考核的计划报送期限已于2025年3月16日（星期日）届满", mail.Subject);
        Assert.Contains("（鲁人社字〔2020〕50号）第四部分第（一）项", mail.TextBody);
        var instance = await admin.GetInstanceAsync(announced.GetProperty("instanceId").GetGuid());
        Assert.Equal("completed", instance.GetProperty("status").GetString());

        var mondayPlan = await other.Institution.PostAsJsonAsync("/api/plans", other.Plan("2025-03-23", "2025-03-23"));
        var late = await mondayPlan.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "PLAN_LATE");
        Assert.Equal("2025-03-24", late.GetProperty("earliestExamDate").GetString());
    }
}
