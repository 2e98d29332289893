using System.Globalization;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// The one way dates and times are written for people — pages, notices, errors: 2025年3月3日, with the weekday
/// where a deadline is stated (2025年10月14日（星期二）), times in Beijing time (09:00). Machine-readable values
/// (JSON, ISO 8601) never go through here.
/// </summary>
public static class ChineseDates
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>2025年3月3日</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>星期二</summary>
    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    /// <summary>2025年10月14日（星期二） — the form a stated deadline takes.</summary>
    public static string DateWithWeekday(DateOnly date) => $"{Date(date)}（{Weekday(date)}）";

    /// <summary>The calendar date of an instant in Beijing time.</summary>
    public static DateOnly BeijingDate(DateTimeOffset instant) => WorkingDayCalendar.ChinaDate(instant);

    /// <summary>09:00, Beijing time.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(WorkingDayCalendar.ChinaOffset).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>2025年3月3日 09:00, Beijing time.</summary>
    public static string DateTime(DateTimeOffset instant) => $"{Date(BeijingDate(instant))} {Time(instant)}";

    /// <summary>
    /// 2025年3月3日（星期一）09:00, Beijing time — an instant that is a deadline. A deadline at midnight is the end of
    /// the day before (end_of_day), written 2025年3月10日（星期一）24:00 so the last day on time is the day shown.
    /// </summary>
    public static string DeadlineTime(DateTimeOffset instant)
    {
        var local = instant.ToOffset(WorkingDayCalendar.ChinaOffset);
        return local.TimeOfDay == TimeSpan.Zero
            ? $"{DateWithWeekday(DateOnly.FromDateTime(local.DateTime).AddDays(-1))}24:00"
            : $"{DateWithWeekday(BeijingDate(instant))}{Time(instant)}";
    }

    /// <summary>
    /// The last day a deadline leaves: a deadline at midnight (end_of_day in a workflow) ends the day before it,
    /// so people read "by 14 March", not "by 15 March 00:00".
    /// </summary>
    public static DateOnly LastDayOf(DateTimeOffset deadline) => BeijingDate(deadline.AddTicks(-1));
}
