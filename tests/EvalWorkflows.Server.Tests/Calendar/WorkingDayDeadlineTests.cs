using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>Deadlines across the long holidays, every expected date worked out by hand from the notices.</summary>
public sealed class WorkingDayDeadlineTests
{
    private readonly WorkingDayCalendar _calendar = new();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Five_working_days_from_the_Monday_before_National_Day_2025_end_on_13_October()
    {
        // 30 Sep, (1–8 Oct off), 9 Oct, 10 Oct, Sat 11 Oct worked, (Sun 12 off), Mon 13 Oct.
        var deadline = _calendar.AddWorkingDays(D(2025, 9, 29), 5);
        Assert.Equal(D(2025, 10, 13), deadline.Value);
        Assert.Empty(deadline.Warnings);
    }

    [Fact]
    public void Five_working_days_from_the_Friday_before_Spring_Festival_2025_count_the_Sunday_makeup_workday() =>
        // (Sat 25 Jan off), Sun 26 Jan worked, Mon 27 Jan, (28 Jan–4 Feb off), 5, 6, 7 Feb.
        Assert.Equal(D(2025, 2, 7), _calendar.AddWorkingDays(D(2025, 1, 24), 5).Value);

    [Fact]
    public void Thirty_working_days_from_15_September_2025_end_on_31_October() =>
        // 9 in 16–26 Sep, Sun 28 Sep, 29–30 Sep (12), 9–11 Oct (15), then three full weeks 13–31 Oct (30).
        Assert.Equal(D(2025, 10, 31), _calendar.AddWorkingDays(D(2025, 9, 15), 30).Value);

    [Fact]
    public void Three_working_days_from_12_February_2026_end_after_the_nine_day_Spring_Festival() =>
        // Fri 13 Feb, Sat 14 Feb worked, (15–23 Feb off), Tue 24 Feb.
        Assert.Equal(D(2026, 2, 24), _calendar.AddWorkingDays(D(2026, 2, 12), 3).Value);

    [Fact]
    public void Counting_five_working_days_back_from_13_October_2025_reaches_29_September() =>
        Assert.Equal(D(2025, 9, 29), _calendar.AddWorkingDays(D(2025, 10, 13), -5).Value);

    [Fact]
    public void Counting_three_working_days_back_across_Spring_Festival_2026_reaches_12_February() =>
        Assert.Equal(D(2026, 2, 12), _calendar.AddWorkingDays(D(2026, 2, 24), -3).Value);

    [Fact]
    public void One_working_day_before_a_National_Day_holiday_is_the_last_working_day_before_the_break() =>
        Assert.Equal(D(2025, 9, 30), _calendar.AddWorkingDays(D(2025, 10, 8), -1).Value);

    [Fact]
    public void Five_working_days_before_a_Saturday_is_the_Monday_of_that_week() =>
        Assert.Equal(D(2025, 11, 10), _calendar.AddWorkingDays(D(2025, 11, 15), -5).Value);

    [Fact]
    public void Zero_working_days_from_a_holiday_is_the_next_working_day_and_from_a_working_day_is_that_day()
    {
        Assert.Equal(D(2025, 10, 9), _calendar.AddWorkingDays(D(2025, 10, 1), 0).Value);
        Assert.Equal(D(2025, 10, 13), _calendar.AddWorkingDays(D(2025, 10, 13), 0).Value);
    }

    [Fact]
    public void A_working_day_deadline_never_lands_on_a_rest_day()
    {
        for (var day = D(2024, 1, 1); day < D(2027, 1, 1); day = day.AddDays(1))
            foreach (var n in new[] { -3, -1, 1, 2, 5, 30 })
                Assert.True(_calendar.IsWorkingDay(_calendar.AddWorkingDays(day, n).Value), $"{day} {n:+#;-#}");
    }

    [Fact]
    public void Working_days_between_count_the_end_but_not_the_start_and_are_negative_backwards()
    {
        Assert.Equal(5, _calendar.WorkingDaysBetween(D(2025, 9, 29), D(2025, 10, 13)).Value);
        Assert.Equal(-5, _calendar.WorkingDaysBetween(D(2025, 10, 13), D(2025, 9, 29)).Value);
        Assert.Equal(0, _calendar.WorkingDaysBetween(D(2025, 9, 30), D(2025, 10, 8)).Value);
        Assert.Equal(0, _calendar.WorkingDaysBetween(D(2025, 9, 30), D(2025, 9, 30)).Value);
    }

    [Fact]
    public void The_next_working_day_skips_holidays_and_may_be_a_weekend_makeup_workday()
    {
        Assert.Equal(D(2025, 10, 9), _calendar.NextWorkingDay(D(2025, 9, 30)).Value);
        Assert.Equal(D(2025, 10, 11), _calendar.NextWorkingDay(D(2025, 10, 10)).Value);
        Assert.Equal(D(2024, 2, 18), _calendar.NextWorkingDay(D(2024, 2, 9)).Value);
    }

    [Fact]
    public void A_day_ends_at_24_00_Beijing_time_which_is_16_00_UTC()
    {
        var end = WorkingDayCalendar.EndOfDay(D(2025, 10, 13));
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)), end);
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 16, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
    }

    [Fact]
    public void A_calendar_day_deadline_on_a_holiday_moves_to_the_next_working_day()
    {
        Assert.Equal(D(2025, 10, 9), _calendar.AddCalendarDays(D(2025, 9, 25), 10).Value);
        Assert.Equal(D(2026, 2, 24), _calendar.AddCalendarDays(D(2026, 2, 5), 10).Value);
        Assert.Equal(D(2025, 11, 17), _calendar.AddCalendarDays(D(2025, 11, 6), 10).Value);
    }

    [Fact]
    public void A_calendar_day_deadline_on_a_makeup_Saturday_stays_there() =>
        Assert.Equal(D(2025, 10, 11), _calendar.AddCalendarDays(D(2025, 10, 1), 10).Value);

    [Fact]
    public void A_calendar_day_deadline_without_rolling_may_end_on_a_holiday() =>
        Assert.Equal(D(2025, 10, 5), _calendar.AddCalendarDays(D(2025, 9, 25), 10, rollToWorkingDay: false).Value);

    [Fact]
    public void Days_are_described_by_kind_with_the_festival_name()
    {
        Assert.Equal((true, DayKind.Weekday, (string?)null), Describe(D(2025, 10, 13)));
        Assert.Equal((false, DayKind.Weekend, (string?)null), Describe(D(2025, 10, 12)));
        Assert.Equal((true, DayKind.MakeupWorkday, "国庆节、中秋节"), Describe(D(2025, 9, 28)));
        Assert.Equal((false, DayKind.Holiday, "元旦"), Describe(D(2022, 12, 31)));
        Assert.Equal((false, DayKind.Holiday, "春节"), Describe(D(2020, 2, 1)));
    }

    [Fact]
    public void The_Beijing_date_of_an_instant_is_taken_at_plus_eight_hours() =>
        Assert.Equal(D(2025, 9, 29), WorkingDayCalendar.ChinaDate(new DateTimeOffset(2025, 9, 28, 16, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Absurd_counts_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(D(2025, 1, 1), 100_000));

    private (bool, DayKind, string?) Describe(DateOnly day)
    {
        var info = _calendar.DescribeDay(day);
        return (info.Working, info.Kind, info.Name);
    }
}
