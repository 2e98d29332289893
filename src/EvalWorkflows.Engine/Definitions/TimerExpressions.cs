using System.Globalization;
using EvalWorkflows.Engine.Expressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>When a timer is due, and whether it repeats.</summary>
public sealed record TimerSchedule(DateTimeOffset DueAt, string? Interval, int RepeatsLeft)
{
    /// <summary>The parsed duration of a timeDuration, for bounds checks.</summary>
    internal IsoDuration? Duration { get; init; }
    /// <summary>The parsed interval of a timeCycle, for bounds checks.</summary>
    internal IsoDuration? Cycle { get; init; }
}

/// <summary>
/// Turns a timer definition into instants. Each of timeDate, timeDuration and timeCycle is either a literal
/// ISO 8601 value or a Scriban expression over the instance variables that yields one (or a date/instant).
/// </summary>
public static class TimerExpressions
{

    /// <summary>
    /// Null when the timer is a valid literal within the limits, or an expression that parses. Text written as
    /// an ISO value (P…, R…/…, a date) is held to the literal rules, so an out-of-range literal is never taken
    /// for an expression and left to fail at run time.
    /// </summary>
    public static string? CheckLiteralOrExpression(TimerSpec t, EngineLimits limits)
    {
        var text = (t.TimeDate ?? t.TimeDuration ?? t.TimeCycle!).Trim();
        if (LooksLiteral(t, text))
        {
            try
            {
                Check(Parse(t, text, DateTimeOffset.UnixEpoch, null, TimeSpan.Zero), limits);
                return null;
            }
            catch (WorkflowException e) { return e.Message; }
        }
        return ScribanExpressions.ExpressionError(text) is { } err
            ? $"“{text}”既不是 ISO 8601 值，也不是有效的表达式：{err}"
            : null;
    }

    private static bool LooksLiteral(TimerSpec t, string text) =>
        t.TimeDate is not null ? text.Length >= 4 && text[..4].All(char.IsAsciiDigit)
        : t.TimeDuration is not null ? IsoDuration.LooksLikeDuration(text)
        : text.StartsWith('R') && text.Contains('/') || IsoDuration.LooksLikeDuration(text);

    /// <summary>
    /// When the timer is due, evaluating an expression over the instance variables if it is not a literal.
    /// A value that is not a date, duration or cycle, or is outside the limits, is a <c>TIMER_INVALID</c> refusal.
    /// </summary>
    /// <remarks>Dates and times written without an offset are read in <paramref name="localOffset"/> (the host's).</remarks>
    public static TimerSchedule Schedule(TimerSpec t, DateTimeOffset now, Func<string, object?> evaluate, EngineLimits limits, TimeSpan localOffset) =>
        Check(Parse(t, (t.TimeDate ?? t.TimeDuration ?? t.TimeCycle!).Trim(), now, evaluate, localOffset), limits);

    private static TimerSchedule Parse(TimerSpec t, string text, DateTimeOffset now, Func<string, object?>? evaluate, TimeSpan offset)
    {
        if (t.TimeDate is not null)
        {
            if (TryParseInstant(text, offset, out var at)) return new(at, null, 0);
            return evaluate is null ? throw Invalid($"timeDate“{text}”不是有效的 ISO 8601 日期或时刻。")
                : new(ToInstant(evaluate(text), text, offset), null, 0);
        }
        if (t.TimeDuration is not null)
        {
            var d = IsoDuration.TryParse(text, out var lit) ? lit
                : evaluate is null ? throw Invalid($"timeDuration“{text}”不是有效的 ISO 8601 时长（数值须在范围内且大于零）。")
                : ToDuration(evaluate(text), text);
            // Bounds first: a duration far too long would overflow the date before Check could refuse it.
            return new(d.LongestDays > 365_000 ? DateTimeOffset.MaxValue : d.AddTo(now), null, 0) { Duration = d };
        }
        if (TryParseCycle(text, now, offset, out var s)) return s;
        var evaluated = evaluate is null ? null : evaluate(text)?.ToString();
        if (evaluated is not null && TryParseCycle(evaluated, now, offset, out s)) return s;
        throw Invalid(evaluated is null ? $"timeCycle“{text}”不是有效的 ISO 8601 重复间隔（R[次数]/[开始/]时长，数值须在范围内）。"
            : $"timeCycle“{text}”的结果“{evaluated}”不是有效的 ISO 8601 重复间隔。");
    }

    private static TimerSchedule Check(TimerSchedule s, EngineLimits limits)
    {
        if (s.Duration is { } d && d.LongestDays > limits.MaxTimerDays)
            throw Invalid($"时长超过上限 {limits.MaxTimerDays} 天。");
        if (s.Cycle is not { } cycle) return s;
        if (cycle.LongestDays > limits.MaxTimerDays)
            throw Invalid($"重复间隔“{s.Interval}”超过上限 {limits.MaxTimerDays} 天。");
        if (TimeSpan.FromDays(cycle.ShortestDays) < limits.MinCycleInterval)
            throw Invalid($"重复间隔“{s.Interval}”短于下限 {limits.MinCycleInterval}（防止定时器过于频繁地触发）。");
        if (s.RepeatsLeft + 1 > limits.MaxCycleRepeats)
            throw Invalid($"重复次数 {s.RepeatsLeft + 1} 超过上限 {limits.MaxCycleRepeats} 次。");
        return s;
    }

    private static WorkflowException Invalid(string message) => new("TIMER_INVALID", message);

    /// <summary>The next occurrence of a cycle after one has fired.</summary>
    public static TimerSchedule? Next(string interval, int repeatsLeft, DateTimeOffset previousDue)
    {
        if (repeatsLeft == 0 || !IsoDuration.TryParse(interval, out var d)) return null;
        return new(d.AddTo(previousDue), interval, repeatsLeft < 0 ? -1 : repeatsLeft - 1);
    }

    /// <summary>R[n]/[start/]duration; a cycle without R repeats without end.</summary>
    public static bool TryParseCycle(string text, DateTimeOffset now, TimeSpan offset, out TimerSchedule schedule)
    {
        schedule = null!;
        var parts = text.Trim().Split('/');
        int repeats = -1;
        var i = 0;
        if (parts[0].StartsWith('R'))
        {
            if (parts[0].Length > 1 && (!int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out repeats) || repeats < 1)) return false;
            i = 1;
        }
        var rest = parts[i..];
        DateTimeOffset? start = null;
        if (rest.Length == 2 && TryParseInstant(rest[0], offset, out var st)) { start = st; rest = rest[1..]; }
        if (rest.Length != 1 || !IsoDuration.TryParse(rest[0], out var interval)) return false;
        // Bounds first: an interval far too long would overflow the date before Check could refuse it.
        var first = interval.LongestDays > 365_000 ? DateTimeOffset.MaxValue : start ?? interval.AddTo(now);
        schedule = new(first, rest[0], repeats < 0 ? -1 : repeats - 1) { Cycle = interval };
        return true;
    }

    /// <summary>An ISO 8601 date or instant; one written without an offset is read in <paramref name="offset"/>.</summary>
    public static bool TryParseInstant(string text, TimeSpan offset, out DateTimeOffset instant)
    {
        text = text.Trim();
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            if (!HasOffset(text)) instant = new DateTimeOffset(instant.DateTime, offset);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            instant = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), offset);
            return true;
        }
        instant = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.Length > 19 && (text[^6] is '+' or '-' || text[^5] is '+' or '-');

    public static DateTimeOffset ToInstant(object? value, string source, TimeSpan offset) => value switch
    {
        DateTimeOffset d => d,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), offset),
        DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), offset),
        string s when TryParseInstant(s, offset, out var i) => i,
        _ => throw Invalid($"“{source}”的结果“{value}”不是日期或时刻。"),
    };

    private static IsoDuration ToDuration(object? value, string source) => value switch
    {
        TimeSpan ts => new IsoDuration(0, 0, 0, ts),
        string s when IsoDuration.TryParse(s, out var d) => d,
        _ => throw Invalid($"“{source}”的结果“{value}”不是 ISO 8601 时长（数值须在范围内）。"),
    };
}
