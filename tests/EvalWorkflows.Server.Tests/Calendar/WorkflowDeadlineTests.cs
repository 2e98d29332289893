using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>Deadlines inside workflow definitions use the official calendar, and say so when it has no data.</summary>
public sealed class WorkflowDeadlineTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_five_working_day_deadline_across_National_Day_lands_on_13_October()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("working-day-deadline.bpmn");

        var id = await admin.StartAsync("working-day-deadline", "F-1", new { accepted_on = "2025-09-29" });

        var task = await admin.OpenTaskAsync(id);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)), task.GetProperty("dueAt").GetDateTimeOffset());
        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)),
            Assert.Single(instance.GetProperty("timers").EnumerateArray()).GetProperty("dueAt").GetDateTimeOffset());
        Assert.DoesNotContain(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "expression-warning");
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_official_data_is_computed_on_weekends_and_the_history_says_so()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("working-day-deadline.bpmn");

        var id = await admin.StartAsync("working-day-deadline", "F-2", new { accepted_on = "2027-09-29" });

        // 2027-09-29 is a Wednesday: five weekdays later is Wednesday 2027-10-06, counted without holidays.
        var task = await admin.OpenTaskAsync(id);
        Assert.Equal(new DateTimeOffset(2027, 10, 7, 0, 0, 0, TimeSpan.FromHours(8)), task.GetProperty("dueAt").GetDateTimeOffset());
        var warnings = (await admin.GetInstanceAsync(id)).GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("event").GetString() == "expression-warning").ToList();
        Assert.Contains(warnings, w => w.GetProperty("element").GetString() == "complete");
        Assert.Contains(warnings, w => w.GetProperty("element").GetString() == "overdue");
        Assert.All(warnings, w => Assert.Contains("2027", w.GetProperty("data").GetRawText()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/instances/{id}")).StatusCode);
    }
}

/// <summary>Its own server: the 2027 correction it makes must not leak into other tests.</summary>
public sealed class DeadlineRecomputeTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Deadlines_already_set_keep_their_date_after_a_calendar_correction_until_an_admin_recomputes_them()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("working-day-deadline.bpmn");
        var id = await admin.StartAsync("working-day-deadline", "F-3", new { accepted_on = "2027-09-29" });

        // A made-up 2027 National Day for the test: 1-7 October off.
        var correction = new
        {
            notice = "测试用 2027 年安排",
            holidays = Enumerable.Range(1, 7).Select(d => new { date = $"2027-10-0{d}", name = "国庆节" }),
            makeupWorkdays = Array.Empty<object>(),
            reason = "测试：国庆放假七天",
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/calendar/years/2027", correction)).StatusCode);
        Assert.Equal(new DateTimeOffset(2027, 10, 7, 0, 0, 0, TimeSpan.FromHours(8)), (await admin.OpenTaskAsync(id)).GetProperty("dueAt").GetDateTimeOffset());

        var changes = await (await admin.PostAsJsonAsync("/api/instances/recompute-deadlines", new { instanceIds = new[] { id } })).ReadAsync(HttpStatusCode.OK);

        // 2027-09-29 (Wed) + 5 working days: 30 Sep, then 8, 11, 12, 13 October.
        Assert.Equal(2, changes.GetArrayLength());
        Assert.Equal(new DateTimeOffset(2027, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)), (await admin.OpenTaskAsync(id)).GetProperty("dueAt").GetDateTimeOffset());
        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal(new DateTimeOffset(2027, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)),
            Assert.Single(instance.GetProperty("timers").EnumerateArray()).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Contains(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "deadlines-recomputed");
    }
}

