using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// Submitted Monday 2025-09-29: 5 working days on are Sep 30, Oct 9, 10, 11 (a makeup Saturday) and 13 — Oct 1–8 are
/// the National Day holidays — so the earliest exam date is 2025-10-13 (002 §四(一)).
/// </summary>
public sealed class NationalDayPlanTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Plan_submitted_before_national_day_for_an_exam_on_october_eleventh_is_late_and_the_thirteenth_is_on_time()
    {
        var world = await PlanWorld.CreateAsync(app);
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { to = "2025-09-29T09:00:00+08:00" });

        var late = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-10-11", "2025-10-11"));
        var problem = await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "PLAN_LATE");
        Assert.Equal("2025-10-13", problem.GetProperty("earliestExamDate").GetString());

        var onTime = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-10-13", "2025-10-13"));
        await onTime.ReadAsync(HttpStatusCode.Created);
    }
}
