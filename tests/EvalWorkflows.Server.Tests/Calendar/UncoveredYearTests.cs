using EvalWorkflows.Server.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>2027 has no notice in the shipped data: the calendar counts weekends only and says so every time.</summary>
public sealed class UncoveredYearTests
{
    private readonly RecordingLogger _log = new();
    private readonly WorkingDayCalendar _calendar;

    public UncoveredYearTests() => _calendar = new WorkingDayCalendar(_log);

    [Fact]
    public void Five_working_days_in_a_year_without_data_count_weekends_only_and_warn()
    {
        // Wed 29 Sep 2027: Thu 30 Sep, Fri 1 Oct, Mon 4, Tue 5, Wed 6 Oct — National Day ignored.
        var deadline = _calendar.AddWorkingDays(new DateOnly(2027, 9, 29), 5);
        Assert.Equal(new DateOnly(2027, 10, 6), deadline.Value);
        Assert.False(deadline.IsCertain);
        Assert.Contains("2027 年的国务院放假安排尚未录入", Assert.Single(deadline.Warnings));
    }

    [Fact]
    public void A_deadline_running_from_2026_into_2027_warns_about_2027()
    {
        var deadline = _calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 3);
        Assert.Equal(new DateOnly(2027, 1, 4), deadline.Value);
        Assert.Contains("2027", Assert.Single(deadline.Warnings));
    }

    [Fact]
    public void A_deadline_inside_covered_years_carries_no_warning_and_logs_nothing()
    {
        Assert.Empty(_calendar.AddWorkingDays(new DateOnly(2026, 12, 1), 10).Warnings);
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public void Describing_a_day_of_a_year_without_data_warns_and_logs_the_year()
    {
        var day = _calendar.DescribeDay(new DateOnly(2027, 10, 1));
        Assert.Equal((true, DayKind.Weekday), (day.Working, day.Kind));
        Assert.NotEmpty(day.Warnings);
        Assert.Contains("2027", Assert.Single(_log.Warnings));
    }

    [Fact]
    public void Uncovered_years_are_listed_for_the_admin_pages() =>
        Assert.Equal([2019, 2027, 2028], _calendar.UncoveredYears(2019, 2028));

    [Fact]
    public async Task Health_is_degraded_in_2026_because_2027_has_no_data()
    {
        var result = await Check(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal([2027], (IEnumerable<int>)result.Data["uncoveredYears"]);
        Assert.Contains("2027", result.Description);
    }

    [Fact]
    public async Task Health_is_healthy_in_2025_when_this_year_and_next_have_data() =>
        Assert.Equal(HealthStatus.Healthy, (await Check(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)))).Status);

    [Fact]
    public async Task Health_uses_the_Beijing_date_so_the_evening_of_31_December_UTC_is_already_the_new_year()
    {
        var result = await Check(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal([2027, 2028], (IEnumerable<int>)result.Data["uncoveredYears"]);
    }

    private Task<HealthCheckResult> Check(DateTimeOffset now) =>
        new CalendarHealthCheck(_calendar, new FakeTimeProvider(now)).CheckHealthAsync(new HealthCheckContext());

    private sealed class RecordingLogger : ILogger<WorkingDayCalendar>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}
