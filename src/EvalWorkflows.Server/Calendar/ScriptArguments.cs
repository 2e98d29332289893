using System.Globalization;
using System.Text.RegularExpressions;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// Turns what a workflow expression passes into a date or a count. Variables arrive in many shapes: text typed
/// by a user, a DateOnly, or an instant that went through JSON and came back as ISO 8601 text.
/// </summary>
internal static partial class ScriptArguments
{
    public static DateOnly Date(object? value, string function) => value switch
    {
        DateOnly d => d,
        DateTimeOffset instant => WorkingDayCalendar.ChinaDate(instant),
        // A UTC DateTime is an instant; any other DateTime is taken to be Beijing time already.
        DateTime { Kind: DateTimeKind.Utc } utc => WorkingDayCalendar.ChinaDate(new DateTimeOffset(utc)),
        DateTime local => DateOnly.FromDateTime(local),
        string text => ParseText(text.Trim(), function),
        null => throw new ArgumentException($"{function}：缺少日期参数。"),
        _ => throw NotADate(value, function),
    };

    /// <summary>An instant; a date alone (no time) is taken as midnight Beijing time.</summary>
    public static DateTimeOffset Instant(object? value, string function) => value switch
    {
        DateTimeOffset instant => instant,
        DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc),
        DateTime local => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), WorkingDayCalendar.ChinaOffset),
        string text when HasOffset().IsMatch(text.Trim()) && IsoDateTime().IsMatch(text.Trim())
            && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => new DateTimeOffset(Date(value, function).ToDateTime(TimeOnly.MinValue), WorkingDayCalendar.ChinaOffset),
    };

    public static int Count(object? value, string function)
    {
        long? whole = value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            decimal m when decimal.Truncate(m) == m && Math.Abs(m) <= int.MaxValue => (long)m,
            double d when Math.Truncate(d) == d && Math.Abs(d) <= int.MaxValue => (long)d,
            float f when MathF.Truncate(f) == f && Math.Abs(f) <= int.MaxValue => (long)f,
            string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };
        if (whole is not { } n)
            throw new ArgumentException($"{function}：“{value}”不是整数天数。");
        if (Math.Abs(n) > WorkingDayCalendar.MaxDays)
            throw new ArgumentException($"{function}：天数 {n} 超出范围（最多 {WorkingDayCalendar.MaxDays} 天）。");
        return (int)n;
    }

    private static DateOnly ParseText(string text, string function)
    {
        if (IsoDate.TryParse(text, out var date)) return date;
        if (!IsoDateTime().IsMatch(text)) throw NotADate(text, function);
        if (HasOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return WorkingDayCalendar.ChinaDate(instant);
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return DateOnly.FromDateTime(local);
        throw NotADate(text, function);
    }

    private static ArgumentException NotADate(object value, string function) =>
        new($"{function}：“{value}”不是日期，请使用 YYYY-MM-DD 格式。");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex HasOffset();
}
