using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Clock;

public sealed class ClockAdvanceTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Advancing_a_day_fires_each_cycle_occurrence_and_each_chained_timer_at_its_own_instant()
    {
        var admin = await app.LoginAsAsync("admin");
        var now = (await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK)).GetProperty("now").GetDateTimeOffset();
        await admin.DeployAsync("hourly.bpmn");
        var id = await admin.StartAsync("hourly");

        var advanced = await admin.AdvanceClockAsync(new { days = 1 });

        Assert.Equal(now.AddDays(1), advanced.GetProperty("now").GetDateTimeOffset());
        Assert.Equal(5, advanced.GetProperty("firedJobs").GetInt32());
        var fired = (await admin.GetInstanceAsync(id)).GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("event").GetString() == "timer-fired")
            .Select(h => (h.GetProperty("element").GetString(), h.GetProperty("at").GetDateTimeOffset() - now))
            .ToList();
        Assert.Equal(
            [("reminder", TimeSpan.FromHours(1)), ("firstHour", TimeSpan.FromHours(1)),
             ("reminder", TimeSpan.FromHours(2)), ("secondHour", TimeSpan.FromHours(2)),
             ("reminder", TimeSpan.FromHours(3))],
            fired.OrderBy(f => f.Item2).ThenBy(f => f.Item1 == "reminder" ? 0 : 1));
    }

    [Theory]
    [InlineData("""{}""", "to")]
    [InlineData("""{"to":"2099-01-01T00:00:00+08:00","days":1}""", "days")]
    [InlineData("""{"days":-1}""", "days")]
    [InlineData("""{"to":"2020-01-01T09:00:00+08:00"}""", "to")]
    [InlineData("""{"to":"next tuesday"}""", "to")]
    [InlineData("""{"days":"one"}""", "days")]
    public async Task Advancing_with_a_bad_body_is_refused_naming_the_field(string body, string field)
    {
        var admin = await app.LoginAsAsync("admin");
        var response = await admin.PostAsync("/api/clock/advance", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Only_an_admin_may_read_or_advance_the_clock()
    {
        var clerk = await app.LoginAsAsync("clerk");
        await (await clerk.PostAsJsonAsync("/api/clock/advance", new { days = 1 })).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (await clerk.GetAsync("/api/clock")).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task The_clock_reports_manual_mode()
    {
        var admin = await app.LoginAsAsync("admin");
        var clock = await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Manual", clock.GetProperty("mode").GetString());
        Assert.True(clock.GetProperty("now").GetDateTimeOffset() >= TestApp.Start);
    }
}

/// <summary>The clock as a fresh server sees it, before any test has moved it.</summary>
public sealed class ManualClockStartTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_manual_clock_stands_still_at_its_configured_start()
    {
        var admin = await app.LoginAsAsync("admin");
        await Task.Delay(50);
        var clock = await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("2025-03-03T09:00:00+08:00", clock.GetProperty("now").GetString());
    }
}

public sealed class SystemClockTests(SystemClockApp app) : IClassFixture<SystemClockApp>
{
    [Fact]
    public async Task Advancing_a_system_clock_is_not_found()
    {
        var admin = await app.LoginAsAsync("admin");
        await (await admin.PostAsJsonAsync("/api/clock/advance", new { days = 1 })).ReadProblemAsync(HttpStatusCode.NotFound, "CLOCK_NOT_MANUAL");
        await (await admin.GetAsync("/api/clock")).ReadProblemAsync(HttpStatusCode.NotFound, "CLOCK_NOT_MANUAL");
    }
}
