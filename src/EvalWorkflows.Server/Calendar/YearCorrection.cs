using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;
namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// An admin's statement of one year's official days, as sent to <c>PUT /api/calendar/years/{year}</c>.
/// Dates stay text here so that a malformed one can be reported with the field it came from.
/// </summary>
public sealed record YearCorrectionRequest : IValidatedRequest
{
    /// <summary>The State Council notice the days come from, e.g. 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）.</summary>
    [MaxLength(500)] public string? Notice { get; init; }

    /// <summary>The year's public holidays, each a date and the festival's name.</summary>
    [MaxLength(MaxDays)] public IReadOnlyList<DayEntry?>? Holidays { get; init; }

    /// <summary>Weekend days that are working days (调休上班), each a date and the festival it makes up for.</summary>
    [MaxLength(MaxDays)] public IReadOnlyList<DayEntry?>? MakeupWorkdays { get; init; }

    /// <summary>Why the year is added or corrected, kept in the studio's change record (required, up to 500 characters).</summary>
    [MaxLength(500)] public string? Reason { get; init; }

    /// <summary>A year has 366 days at most.</summary>
    public const int MaxDays = 366;
}

/// <summary>One official day.</summary>
/// <param name="Date">The date, YYYY-MM-DD.</param>
/// <param name="Name">The festival's name, e.g. 春节.</param>
public sealed record DayEntry([property: MaxLength(10)] string? Date, [property: MaxLength(50)] string? Name);

/// <summary>One reason a correction was refused: a stable code, the field at fault, and a Chinese explanation.</summary>
public sealed record CalendarError(string Code, string Field, string Detail);

/// <summary>Either the year as it will be stored, or every reason it was refused.</summary>
public sealed record YearValidation(CalendarYear? Year, IReadOnlyList<CalendarError> Errors)
{
    public bool IsValid => Year is not null && Errors.Count == 0;
}
