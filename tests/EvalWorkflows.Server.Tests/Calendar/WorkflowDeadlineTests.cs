using System.Net;
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
