using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Studio.WorkingDays.Pages;

/// <summary>One day of the year grid: its kind on the official calendar, its festival, and the notice behind it.</summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? Name, string? Notice);

/// <summary>One month of the grid as weeks of seven cells (Monday first); null cells pad the first and last week.</summary>
public sealed record CalendarMonth(int Month, IReadOnlyList<CalendarDay?[]> Weeks);

/// <summary>A year laid out as twelve months for the calendar page, each special day with its notice.</summary>
public static class YearCalendar
{
    public static IReadOnlyList<CalendarMonth> Build(int year, WorkingDayCalendar calendar)
    {
        var notices = NoticesByDay(calendar.Years);
        return [.. Enumerable.Range(1, 12).Select(month =>
        {
            var first = new DateOnly(year, month, 1);
            var cells = new List<CalendarDay?>(Enumerable.Repeat<CalendarDay?>(null, ((int)first.DayOfWeek + 6) % 7));
            for (var day = first; day.Month == month; day = day.AddDays(1))
            {
                var info = calendar.DescribeDay(day);
                cells.Add(new CalendarDay(day, info.Kind, info.Name, notices.GetValueOrDefault(day)));
            }
            while (cells.Count % 7 != 0) cells.Add(null);
            return new CalendarMonth(month, [.. cells.Chunk(7)]);
        })];
    }

    /// <summary>Every holiday and make-up working day → the State Council notice that declares it.</summary>
    private static Dictionary<DateOnly, string> NoticesByDay(IEnumerable<CalendarYear> years)
    {
        var notices = new Dictionary<DateOnly, string>();
        foreach (var y in years)
            foreach (var day in y.Holidays.Keys.Concat(y.MakeupWorkdays.Keys))
                notices[day] = y.Notice;
        return notices;
    }

    /// <summary>The words a day's cell carries besides its colour.</summary>
    public static string Label(DayKind kind) => kind switch
    {
        DayKind.Holiday => "休",
        DayKind.MakeupWorkday => "班",
        _ => "",
    };

    public static string CssClass(DayKind kind) => kind switch
    {
        DayKind.Holiday => "ew-day-holiday",
        DayKind.MakeupWorkday => "ew-day-makeup",
        DayKind.Weekend => "ew-day-weekend",
        _ => "ew-day-working",
    };

    public static string Describe(CalendarDay day) => day.Kind switch
    {
        DayKind.Holiday => $"{ChineseDates.DateWithWeekday(day.Date)} 放假（{day.Name}）",
        DayKind.MakeupWorkday => $"{ChineseDates.DateWithWeekday(day.Date)} 调休上班（{day.Name ?? "补班"}）",
        DayKind.Weekend => $"{ChineseDates.DateWithWeekday(day.Date)} 周末休息",
        _ => $"{ChineseDates.DateWithWeekday(day.Date)} 工作日",
    } + (day.Notice is { } notice ? $"\n依据：{notice}" : "");
}
