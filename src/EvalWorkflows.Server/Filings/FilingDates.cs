using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// The dates of a filing's life, computed from the filing date with parameters that the lifecycle workflow
/// carries (so an admin sees and changes them there): validity, renewal window, grace period.
/// </summary>
public sealed record FilingDates(DateOnly ValidFrom, DateOnly ValidUntil, DateOnly RenewalOpensOn, DateOnly GraceUntil, IReadOnlyList<string> Warnings)
{
    public const int DefaultValidityYears = 3;
    public const int DefaultRenewalWindowDays = 90;
    public const int DefaultGraceDays = 60;

    public static FilingDates Compute(WorkingDayCalendar calendar, DateOnly filedOn,
        int validityYears = DefaultValidityYears, int renewalWindowDays = DefaultRenewalWindowDays, int graceDays = DefaultGraceDays)
    {
        var validUntil = ValidityEnd(filedOn, validityYears);
        // 004 §二, §五(一): renewal is applied for in the 90 days before expiry, and scope changes pause then; the
        // window opens 90 days before the expiry date (2028-03-09 → 2027-12-10) and runs through it.
        var renewalOpens = validUntil.AddDays(-renewalWindowDays);
        // 004 §五(二): a 60-day grace period follows expiry; a last day that is a rest day moves to the next
        // working day (Civil Code art. 203).
        var grace = calendar.AddCalendarDays(validUntil, graceDays, rollToWorkingDay: true);
        return new(filedOn, validUntil, renewalOpens, grace.Value, grace.Warnings);
    }

    /// <summary>
    /// 003 §四(一): a filing is valid for 3 years from its filing date. Civil Code art. 202: a period in years ends
    /// on the day before the corresponding day, or, when the last year has no corresponding day, on the last day
    /// of that month (filed 2025-03-10 → 2028-03-09; filed 2024-02-29 → 2027-02-28).
    /// </summary>
    public static DateOnly ValidityEnd(DateOnly filedOn, int validityYears)
    {
        // AddYears clamps a 29 February without counterpart to the 28th, which is then the month's last day.
        var corresponding = filedOn.AddYears(validityYears);
        return corresponding.Day == filedOn.Day ? corresponding.AddDays(-1) : corresponding;
    }

    /// <summary>004 §五(一): during the renewal window new occupations and scope changes are not accepted.</summary>
    public static bool ScopeChangesFrozen(Filing filing, DateOnly today) =>
        filing.RenewalOpensOn is { } opens && filing.ValidUntil is { } until && today >= opens && today <= until;
}
