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
        Assert.Contains("2025-03-13", first.GetProperty("subject").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-13T09:00:00+08:00" });
        Assert.Equal(2, (await world.NoticesAsync("plan-announcement-reminder")).Count);

        await world.SubmitAsync("2025-03-20", "2025-03-20");
        var instance = await admin.GetInstanceAsync(announced.GetProperty("instanceId").GetGuid());
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-14T00:00:00+08:00" });
        Assert.Empty(await world.NoticesAsync("plan-announcement-overdue"));
    }
}
