namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// An admin's statement of one year's official days, as sent to <c>PUT /api/calendar/years/{year}</c>.
/// Dates stay text here so that a malformed one can be reported with the field it came from.
/// </summary>
public sealed record YearCorrectionRequest
{
    /// <summary>The State Council notice the days come from, e.g. 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）.</summary>
    public string? Notice { get; init; }
    public IReadOnlyList<DayEntry?>? Holidays { get; init; }
    public IReadOnlyList<DayEntry?>? MakeupWorkdays { get; init; }
}

public sealed record DayEntry(string? Date, string? Name);

/// <summary>One reason a correction was refused: a stable code, the field at fault, and a Chinese explanation.</summary>
public sealed record CalendarError(string Code, string Field, string Detail);

/// <summary>Either the year as it will be stored, or every reason it was refused.</summary>
public sealed record YearValidation(CalendarYear? Year, IReadOnlyList<CalendarError> Errors)
{
    public bool IsValid => Year is not null && Errors.Count == 0;
}
