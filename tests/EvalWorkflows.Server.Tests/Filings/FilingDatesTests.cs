using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;

namespace EvalWorkflows.Server.Tests.Filings;

/// <summary>
/// A filing's validity: 3 years from the filing date [003 §四(一)], ending as Civil Code art. 202 ends a period in
/// years — the day before the corresponding day, or the last day of the month when there is none.
/// </summary>
public sealed class FilingDatesTests
{
    private readonly WorkingDayCalendar _calendar = new();

    [Fact]
    public void Filed_on_10_March_2025_is_valid_through_9_March_2028_and_renewal_opens_10_December_2027()
    {
        var dates = FilingDates.Compute(_calendar, new DateOnly(2025, 3, 10));

        Assert.Equal(new DateOnly(2025, 3, 10), dates.ValidFrom);
        Assert.Equal(new DateOnly(2028, 3, 9), dates.ValidUntil);
        Assert.Equal(new DateOnly(2027, 12, 10), dates.RenewalOpensOn);
    }

    [Fact]
    public void Filed_on_29_February_2024_is_valid_through_28_February_2027_the_last_day_of_a_month_without_a_29th()
    {
        var dates = FilingDates.Compute(_calendar, new DateOnly(2024, 2, 29));

        Assert.Equal(new DateOnly(2027, 2, 28), dates.ValidUntil);
        // 90 days before 2027-02-28: 28 days of February, 31 of January, 31 of December → 2026-11-30.
        Assert.Equal(new DateOnly(2026, 11, 30), dates.RenewalOpensOn);
    }

    [Fact]
    public void Filed_on_28_February_2023_has_a_corresponding_day_and_ends_the_day_before_it()
    {
        Assert.Equal(new DateOnly(2026, 2, 27), FilingDates.Compute(_calendar, new DateOnly(2023, 2, 28)).ValidUntil);
    }

    [Fact]
    public void Filed_on_29_February_2024_for_four_years_meets_29_February_2028_and_ends_on_the_28th()
    {
        Assert.Equal(new DateOnly(2028, 2, 28), FilingDates.ValidityEnd(new DateOnly(2024, 2, 29), 4));
    }
}
