using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

public sealed class CalendarCorrectionTests : IAsyncLifetime
{
    private static readonly DateOnly Wed29Sep2027 = new(2027, 9, 29);
    private readonly CorrectionBench _bench = new();

    [Fact]
    public async Task Adding_a_missing_year_changes_later_deadlines_and_records_who_and_when()
    {
        Assert.Equal(new DateOnly(2027, 10, 6), _bench.Calendar.AddWorkingDays(Wed29Sep2027, 5).Value);

        var saved = await _bench.Corrections.CorrectYearAsync(2027, CorrectionBench.Fictional2027(), "admin-wang", default);

        Assert.True(saved.IsValid);
        // Thu 30 Sep, (1–7 Oct off), Fri 8 Oct, (Sat 9, Sun 10 off), Mon 11, Tue 12, Wed 13 Oct.
        var deadline = _bench.Calendar.AddWorkingDays(Wed29Sep2027, 5);
        Assert.Equal(new DateOnly(2027, 10, 13), deadline.Value);
        Assert.Empty(deadline.Warnings);
        var year = Assert.Single(_bench.Calendar.Years, y => y.Year == 2027);
        Assert.Equal((CalendarSource.Correction, "admin-wang", CorrectionBench.Now), (year.Source, year.ChangedBy, year.ChangedAt));
        Assert.Equal(CorrectionBench.Fictional2027().Notice, year.Notice);
    }

    [Fact]
    public async Task A_saved_correction_is_still_in_force_after_a_restart()
    {
        await _bench.Corrections.CorrectYearAsync(2027, CorrectionBench.Fictional2027(), "admin-wang", default);

        await _bench.Restart();

        Assert.Equal((false, DayKind.Holiday, "国庆节"), Describe(new DateOnly(2027, 10, 1)));
        Assert.Equal((true, DayKind.MakeupWorkday, "国庆节"), Describe(new DateOnly(2027, 9, 26)));
        Assert.Equal("admin-wang", _bench.Calendar.Years.Single(y => y.Year == 2027).ChangedBy);
    }

    [Fact]
    public async Task A_correction_of_a_shipped_year_replaces_the_shipped_days_of_that_year_only()
    {
        var onlyNewYear = new YearCorrectionRequest
        {
            Notice = "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
            Holidays = [new DayEntry("2026-01-01", "元旦")],
            Reason = "只保留元旦",
        };

        await _bench.Corrections.CorrectYearAsync(2026, onlyNewYear, "admin-wang", default);

        Assert.Equal((true, DayKind.Weekday, null), Describe(new DateOnly(2026, 10, 1)));
        Assert.Equal((false, DayKind.Holiday, "国庆节、中秋节"), Describe(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public async Task A_change_without_a_signed_in_user_is_recorded_as_made_by_the_system()
    {
        var saved = await _bench.Corrections.CorrectYearAsync(2027, CorrectionBench.Fictional2027(), null, default);
        Assert.Equal("system", saved.Year!.ChangedBy);
    }

    [Fact]
    public async Task The_latest_correction_wins_and_the_history_keeps_every_one_newest_first()
    {
        await _bench.Corrections.CorrectYearAsync(2027, CorrectionBench.Fictional2027(), "admin-wang", default);
        _bench.Time.Advance(TimeSpan.FromHours(2));
        var shorter = CorrectionBench.Fictional2027() with { Holidays = [new DayEntry("2027-10-01", "国庆节")] };
        await _bench.Corrections.CorrectYearAsync(2027, shorter, "admin-li", default);

        Assert.Equal((true, DayKind.Weekday, null), Describe(new DateOnly(2027, 10, 4)));
        var history = (await _bench.Corrections.HistoryAsync(2027, new EvalWorkflows.Server.Api.PageQuery(), default)).Items;
        Assert.Equal(["admin-li", "admin-wang"], history.Select(h => h.ChangedBy));
        Assert.Equal(CorrectionBench.Now.AddHours(2), history[0].ChangedAt);
    }

    [Fact]
    public async Task A_notice_may_start_the_New_Year_holiday_in_the_last_days_of_the_year_before()
    {
        var withNewYear = CorrectionBench.Fictional2027() with
        {
            Holidays = [new DayEntry("2026-12-31", "元旦"), new DayEntry("2027-01-01", "元旦")],
        };

        var saved = await _bench.Corrections.CorrectYearAsync(2027, withNewYear, "admin-wang", default);

        Assert.True(saved.IsValid);
        Assert.Equal((false, DayKind.Holiday, "元旦"), Describe(new DateOnly(2026, 12, 31)));
    }

    private (bool, DayKind, string?) Describe(DateOnly day)
    {
        var info = _bench.Calendar.DescribeDay(day);
        return (info.Working, info.Kind, info.Name);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bench.DisposeAsync().AsTask();
}
