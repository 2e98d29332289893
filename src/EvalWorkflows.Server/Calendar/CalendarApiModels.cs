namespace EvalWorkflows.Server.Calendar;

/// <summary>A date some working days from another.</summary>
/// <param name="Date">The resulting date, ISO yyyy-MM-dd.</param>
/// <param name="Warnings">Why the answer may be uncertain, e.g. a year not in the calendar; empty when certain.</param>
public sealed record WorkingDaysAnswer(DateOnly Date, IReadOnlyList<string> Warnings);

/// <summary>One year of the calendar in a list.</summary>
/// <param name="Year">The calendar year, e.g. 2025.</param>
/// <param name="Notice">The State Council notice that declares the year's holidays.</param>
/// <param name="Source">shipped (the data file) or correction (an admin's edit).</param>
/// <param name="ChangedBy">The user name of the admin who last corrected it; null if shipped.</param>
/// <param name="ChangedAt">When it was last corrected, an instant with offset; null if shipped.</param>
/// <param name="Holidays">How many rest days the notice declares.</param>
/// <param name="MakeupWorkdays">How many weekend days the notice makes working days.</param>
public sealed record YearSummary(int Year, string Notice, CalendarSource Source, string? ChangedBy,
    DateTimeOffset? ChangedAt, int Holidays, int MakeupWorkdays)
{
    public static YearSummary Of(CalendarYear y) =>
        new(y.Year, y.Notice, y.Source, y.ChangedBy, y.ChangedAt, y.Holidays.Count, y.MakeupWorkdays.Count);
}

/// <summary>The years the calendar knows, and the years up to next year it does not (an admin should add them).</summary>
/// <param name="Years">The years the calendar knows, oldest first.</param>
/// <param name="UncoveredYears">Years up to next year the calendar lacks; an admin should add them.</param>
public sealed record YearList(IReadOnlyList<YearSummary> Years, IReadOnlyList<int> UncoveredYears);

/// <summary>One year in the shape <c>PUT /api/calendar/years/{year}</c> takes, so a page can load, edit and save it.</summary>
/// <param name="Year">The calendar year, e.g. 2025.</param>
/// <param name="Notice">The State Council notice that declares the year's holidays.</param>
/// <param name="Source">shipped (the data file) or correction (an admin's edit).</param>
/// <param name="ChangedBy">The user name of the admin who last corrected it; null if shipped.</param>
/// <param name="ChangedAt">When it was last corrected, an instant with offset; null if shipped.</param>
/// <param name="Holidays">The rest days the notice declares, each with its festival.</param>
/// <param name="MakeupWorkdays">The weekend days the notice makes working days, each with its festival.</param>
public sealed record YearDetail(int Year, string Notice, CalendarSource Source, string? ChangedBy,
    DateTimeOffset? ChangedAt, IReadOnlyList<DayEntry> Holidays, IReadOnlyList<DayEntry> MakeupWorkdays)
{
    public static YearDetail Of(CalendarYear y) => new(y.Year, y.Notice, y.Source, y.ChangedBy, y.ChangedAt,
        y.Holidays.OrderBy(h => h.Key).Select(h => new DayEntry(IsoDate.Format(h.Key), h.Value)).ToList(),
        y.MakeupWorkdays.OrderBy(m => m.Key).Select(m => new DayEntry(IsoDate.Format(m.Key), m.Value)).ToList());
}
