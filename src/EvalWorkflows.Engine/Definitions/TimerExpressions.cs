using System.Globalization;
using EvalWorkflows.Engine.Expressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>When a timer is due, and whether it repeats.</summary>
public sealed record TimerSchedule(DateTimeOffset DueAt, string? Interval, int RepeatsLeft);

/// <summary>
/// Turns a timer definition into instants. Each of timeDate, timeDuration and timeCycle is either a literal
/// ISO 8601 value or a Scriban expression over the instance variables that yields one (or a date/instant).
/// </summary>
public static class TimerExpressions
{
    /// <summary>Date-only values and instants without an offset are read in this offset (Asia/Shanghai).</summary>
    public static readonly TimeSpan DefaultOffset = TimeSpan.FromHours(8);

    public static string? CheckLiteralOrExpression(TimerSpec t)
    {
        var text = t.TimeDate ?? t.TimeDuration ?? t.TimeCycle!;
        bool literal = t.TimeDate is not null ? TryParseInstant(text, out _)
            : t.TimeDuration is not null ? IsoDuration.TryParse(text, out _)
            : TryParseCycle(text, DateTimeOffset.UnixEpoch, out _);
        if (literal) return null;
        return ScribanExpressions.ExpressionError(text) is { } err
            ? $"“{text}”既不是 ISO 8601 值，也不是有效的表达式：{err}"
            : null;
    }

    public static TimerSchedule Schedule(TimerSpec t, DateTimeOffset now, Func<string, object?> evaluate)
    {
        if (t.TimeDate is { } date)
        {
            var value = TryParseInstant(date, out var at) ? at : ToInstant(evaluate(date), date);
            return new(value, null, 0);
        }
        if (t.TimeDuration is { } duration)
        {
            var d = IsoDuration.TryParse(duration, out var lit) ? lit : ToDuration(evaluate(duration), duration);
            return new(d.AddTo(now), null, 0);
        }
        var cycle = t.TimeCycle!;
        if (TryParseCycle(cycle, now, out var s)) return s;
        var evaluated = evaluate(cycle)?.ToString();
        if (evaluated is not null && TryParseCycle(evaluated, now, out s)) return s;
        throw new InvalidOperationException($"timeCycle“{cycle}”的结果“{evaluated}”不是 ISO 8601 重复间隔。");
    }

    /// <summary>The next occurrence of a cycle after one has fired.</summary>
    public static TimerSchedule? Next(string interval, int repeatsLeft, DateTimeOffset previousDue)
    {
        if (repeatsLeft == 0 || !IsoDuration.TryParse(interval, out var d)) return null;
        return new(d.AddTo(previousDue), interval, repeatsLeft < 0 ? -1 : repeatsLeft - 1);
    }

    /// <summary>R[n]/[start/]duration; a cycle without R repeats without end.</summary>
    public static bool TryParseCycle(string text, DateTimeOffset now, out TimerSchedule schedule)
    {
        schedule = null!;
        var parts = text.Trim().Split('/');
        int repeats = -1;
        var i = 0;
        if (parts[0].StartsWith('R'))
        {
            if (parts[0].Length > 1 && (!int.TryParse(parts[0][1..], out repeats) || repeats < 1)) return false;
            i = 1;
        }
        var rest = parts[i..];
        DateTimeOffset? start = null;
        if (rest.Length == 2 && TryParseInstant(rest[0], out var st)) { start = st; rest = rest[1..]; }
        if (rest.Length != 1 || !IsoDuration.TryParse(rest[0], out var interval)) return false;
        var first = start ?? interval.AddTo(now);
        schedule = new(first, rest[0], repeats < 0 ? -1 : repeats - 1);
        return true;
    }

    public static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        text = text.Trim();
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
        {
            if (!HasOffset(text)) instant = new DateTimeOffset(instant.DateTime, DefaultOffset);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            instant = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), DefaultOffset);
            return true;
        }
        instant = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.Length > 19 && (text[^6] is '+' or '-' || text[^5] is '+' or '-');

    public static DateTimeOffset ToInstant(object? value, string source) => value switch
    {
        DateTimeOffset d => d,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), DefaultOffset),
        DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), DefaultOffset),
        string s when TryParseInstant(s, out var i) => i,
        _ => throw new InvalidOperationException($"“{source}”的结果“{value}”不是日期或时刻。"),
    };

    private static IsoDuration ToDuration(object? value, string source) => value switch
    {
        TimeSpan ts => new IsoDuration(0, 0, 0, ts),
        string s when IsoDuration.TryParse(s, out var d) => d,
        _ => throw new InvalidOperationException($"“{source}”的结果“{value}”不是 ISO 8601 时长。"),
    };
}
