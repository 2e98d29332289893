namespace EvalWorkflows.Server.Calendar;

public sealed record WorkingDaysAnswer(DateOnly Date, IReadOnlyList<string> Warnings);

public sealed record YearSummary(int Year, string Notice, CalendarSource Source, string? ChangedBy,
    DateTimeOffset? ChangedAt, int Holidays, int MakeupWorkdays)
{
    public static YearSummary Of(CalendarYear y) =>
        new(y.Year, y.Notice, y.Source, y.ChangedBy, y.ChangedAt, y.Holidays.Count, y.MakeupWorkdays.Count);
}

/// <summary>The years the calendar knows, and the years up to next year it does not (an admin should add them).</summary>
public sealed record YearList(IReadOnlyList<YearSummary> Years, IReadOnlyList<int> UncoveredYears);

/// <summary>One year in the shape <c>PUT /api/calendar/years/{year}</c> takes, so a page can load, edit and save it.</summary>
public sealed record YearDetail(int Year, string Notice, CalendarSource Source, string? ChangedBy,
    DateTimeOffset? ChangedAt, IReadOnlyList<DayEntry> Holidays, IReadOnlyList<DayEntry> MakeupWorkdays)
{
    public static YearDetail Of(CalendarYear y) => new(y.Year, y.Notice, y.Source, y.ChangedBy, y.ChangedAt,
        y.Holidays.OrderBy(h => h.Key).Select(h => new DayEntry(IsoDate.Format(h.Key), h.Value)).ToList(),
        y.MakeupWorkdays.OrderBy(m => m.Key).Select(m => new DayEntry(IsoDate.Format(m.Key), m.Value)).ToList());
}
