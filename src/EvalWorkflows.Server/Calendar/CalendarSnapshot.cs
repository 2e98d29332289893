namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// The shipped years merged with the admins' corrections (a correction replaces its year whole), flattened into
/// one lookup by date. Immutable: the calendar swaps in a new one when a correction is saved.
/// </summary>
internal sealed class CalendarSnapshot
{
    private readonly Dictionary<DateOnly, (DayKind Kind, string? Name)> _days = [];
    private readonly HashSet<int> _covered;

    private CalendarSnapshot(IReadOnlyList<CalendarYear> years, long version)
    {
        Years = years;
        Version = version;
        _covered = years.Select(y => y.Year).ToHashSet();
        // Ascending, so that where two notices name the same date (a New Year block starting in late December)
        // the later notice wins.
        foreach (var year in years)
        {
            foreach (var (date, name) in year.Holidays) _days[date] = (DayKind.Holiday, name);
            foreach (var (date, name) in year.MakeupWorkdays) _days[date] = (DayKind.MakeupWorkday, name);
        }
    }

    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>The newest correction id it includes; an older reload never replaces a newer one.</summary>
    public long Version { get; }

    public static CalendarSnapshot Build(IEnumerable<CalendarYear> shipped, IEnumerable<CalendarYear> corrections, long version)
    {
        var byYear = shipped.ToDictionary(y => y.Year);
        foreach (var correction in corrections) byYear[correction.Year] = correction;
        return new(byYear.Values.OrderBy(y => y.Year).ToList(), version);
    }

    public bool Covers(int year) => _covered.Contains(year);

    public (DayKind Kind, string? Name) Classify(DateOnly date) =>
        _days.TryGetValue(date, out var day) ? day
        : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? (DayKind.Weekend, null)
        : (DayKind.Weekday, null);

    public bool IsWorkingDay(DateOnly date) => Classify(date).Kind is DayKind.Weekday or DayKind.MakeupWorkday;
}
