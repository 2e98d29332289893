using System.Text.Json.Serialization;

namespace EvalWorkflows.Server.Calendar;

/// <summary>What kind of day a date is in the official calendar; serialized as the API names it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DayKind>))]
public enum DayKind
{
    [JsonStringEnumMemberName("weekday")] Weekday,
    [JsonStringEnumMemberName("weekend")] Weekend,
    [JsonStringEnumMemberName("holiday")] Holiday,
    [JsonStringEnumMemberName("makeup-workday")] MakeupWorkday,
}

/// <summary>Where a year's days come from: the data file shipped with the product, or an admin's correction.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalendarSource>))]
public enum CalendarSource
{
    [JsonStringEnumMemberName("shipped")] Shipped,
    [JsonStringEnumMemberName("correction")] Correction,
}

/// <summary>
/// One State Council notice: the rest days it declares (holidays, weekend days inside a holiday block included)
/// and the weekend days it declares working days, each with the festival it belongs to.
/// </summary>
public sealed record CalendarYear
{
    public required int Year { get; init; }
    public required string Notice { get; init; }
    public required IReadOnlyDictionary<DateOnly, string> Holidays { get; init; }
    /// <summary>Makeup workday → the festival it is declared for (null when a correction gave none).</summary>
    public required IReadOnlyDictionary<DateOnly, string?> MakeupWorkdays { get; init; }
    public CalendarSource Source { get; init; } = CalendarSource.Shipped;
    public string? ChangedBy { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }
}

/// <summary>
/// A calendar answer with the reasons to doubt it. Warnings are non-empty when the computation crossed a year
/// with no official data and so counted weekends only: show them to the user, never drop them.
/// </summary>
public sealed record CalendarResult<T>(T Value, IReadOnlyList<string> Warnings)
{
    public bool IsCertain => Warnings.Count == 0;
}

/// <summary>One date as the official calendar sees it.</summary>
/// <param name="Date">The date, ISO yyyy-MM-dd.</param>
/// <param name="Working">Whether it is a working day.</param>
/// <param name="Kind">weekday, weekend, holiday or makeup-workday.</param>
/// <param name="Name">The festival the day belongs to, in Chinese, if any.</param>
/// <param name="Warnings">Why the answer may be uncertain, e.g. the year is not in the calendar; empty when certain.</param>
public sealed record DayInfo(DateOnly Date, bool Working, DayKind Kind, string? Name, IReadOnlyList<string> Warnings);
