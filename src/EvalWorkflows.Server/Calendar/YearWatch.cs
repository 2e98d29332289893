namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// One computation's view of the calendar: reads one snapshot throughout (a correction saved meanwhile does not
/// split the answer) and remembers every year without official data that it looked at, to warn about them.
/// </summary>
internal sealed class YearWatch(CalendarSnapshot snapshot, ILogger? logger)
{
    private SortedSet<int>? _uncovered;

    public (DayKind Kind, string? Name) Classify(DateOnly day)
    {
        if (!snapshot.Covers(day.Year)) (_uncovered ??= []).Add(day.Year);
        return snapshot.Classify(day);
    }

    public bool IsWorkingDay(DateOnly day) => Classify(day).Kind is DayKind.Weekday or DayKind.MakeupWorkday;

    public CalendarResult<T> Result<T>(T value) => new(value, Warnings());

    public IReadOnlyList<string> Warnings()
    {
        if (_uncovered is null) return [];
        logger?.LogWarning("The calendar has no official data for {Years}: counted weekends only", string.Join(", ", _uncovered));
        return _uncovered.Select(MissingYear).ToList();
    }

    public static string MissingYear(int year) =>
        $"{year} 年的国务院放假安排尚未录入，本次只按周末推算，未计入该年的法定节假日和调休，结果可能不准确；请管理员补录 {year} 年日历。";
}
