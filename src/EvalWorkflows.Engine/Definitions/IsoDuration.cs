using System.Globalization;
using System.Text.RegularExpressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>An ISO 8601 duration (PnYnMnWnDTnHnMnS); years, months and days are calendar units, not fixed hours.</summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Pattern();

    /// <summary>Each number is at most this, so no sum of units overflows before the bounds are checked.</summary>
    private const int MaxUnit = 10_000_000;

    /// <summary>
    /// A positive duration whose every number is in range; false for zero, malformed text or numbers too large
    /// to be meant (<c>P99999999999D</c>), never an exception.
    /// </summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Pattern().Match(text.Trim().ToUpperInvariant());
        if (!m.Success || text.Trim() is "P" or "PT" || text.Trim().EndsWith('T')) return false;
        var inRange = true;
        int I(int g)
        {
            if (!m.Groups[g].Success) return 0;
            if (int.TryParse(m.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= MaxUnit) return v;
            inRange = false;
            return 0;
        }
        var seconds = m.Groups[7].Success ? double.Parse(m.Groups[7].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var (years, months, weeks, days, hours, minutes) = (I(1), I(2), I(3), I(4), I(5), I(6));
        if (!inRange || seconds > MaxUnit) return false;
        duration = new IsoDuration(years, months, weeks * 7 + days, new TimeSpan(hours, minutes, 0) + TimeSpan.FromSeconds(seconds));
        return duration.LongestDays > 0;
    }

    /// <summary>True when the text is written as an ISO duration, whether or not its numbers are in range.</summary>
    public static bool LooksLikeDuration(string text) => DurationShape().IsMatch(text.Trim());

    [GeneratedRegex(@"^P[0-9.,YMWDTHS]+$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationShape();

    /// <summary>Days the longest this can last (leap years, 31-day months), for upper bounds; never overflows.</summary>
    public double LongestDays => Years * 366.0 + Months * 31.0 + Days + Time.TotalDays;

    /// <summary>Days the shortest this can last (common years, 28-day months), for lower bounds.</summary>
    public double ShortestDays => Years * 365.0 + Months * 28.0 + Days + Time.TotalDays;

    public DateTimeOffset AddTo(DateTimeOffset instant) => instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);
}
