using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Clock;

public enum ClockMode { System, Manual }

/// <summary>Which clock the workflows run on (section "Clock").</summary>
public sealed class ClockOptions : IValidatableObject
{
    public ClockMode Mode { get; set; } = ClockMode.System;

    /// <summary>
    /// Where a manual clock starts, ISO 8601 (an instant without offset, or a date, is read in Beijing time);
    /// when absent a manual clock starts at the system time.
    /// </summary>
    public string? Start { get; set; }

    public DateTimeOffset? StartInstant =>
        Start is { Length: > 0 } s && TimerExpressions.TryParseInstant(s, WorkingDayCalendar.ChinaOffset, out var at) ? at : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { Length: > 0 } && StartInstant is null)
            yield return new ValidationResult($"Clock:Start '{Start}' is not an ISO 8601 instant.", [nameof(Start)]);
    }
}
