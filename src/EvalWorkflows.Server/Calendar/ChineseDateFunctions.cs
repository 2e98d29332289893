using EvalWorkflows.Engine.Expressions;
using Scriban.Runtime;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// <see cref="ChineseDates"/> in templates, so every date a notice shows is written one way:
/// <c>date_cn</c> 2025年3月3日, <c>date_cn_weekday</c> 2025年10月14日（星期二） for a stated deadline,
/// <c>time_cn</c> 09:00 and <c>datetime_cn</c> 2025年3月3日 09:00 in Beijing time, and <c>add_days_cn</c> for a
/// deadline counted in calendar days, which says （遇节假日顺延） when its last day fell on a rest day and moved.
/// </summary>
public sealed class ChineseDateFunctions(WorkingDayCalendar calendar) : IExpressionFunctions
{
    /// <summary>How a notice says that a calendar-day deadline was moved past a rest day (Civil Code art. 203).</summary>
    public const string Rolled = "（遇节假日顺延）";

    /// <remarks>
    /// A missing value writes nothing, as a missing variable does in Scriban; a value that is not a date is an
    /// error, so a notice never shows a raw value where a date belongs.
    /// </remarks>
    public void Register(ScriptObject globals)
    {
        globals.Import("date_cn", new Func<object?, string>(d =>
            d is null ? "" : ChineseDates.Date(ScriptArguments.Date(d, "date_cn"))));
        globals.Import("date_cn_weekday", new Func<object?, string>(d =>
            d is null ? "" : ChineseDates.DateWithWeekday(ScriptArguments.Date(d, "date_cn_weekday"))));
        globals.Import("time_cn", new Func<object?, string>(t =>
            t is null ? "" : ChineseDates.Time(ScriptArguments.Instant(t, "time_cn"))));
        globals.Import("datetime_cn", new Func<object?, string>(t =>
            t is null ? "" : ChineseDates.DateTime(ScriptArguments.Instant(t, "datetime_cn"))));
        globals.Import("add_days_cn", new Func<object?, object?, string>((d, n) =>
        {
            var (from, days) = (ScriptArguments.Date(d, "add_days_cn"), ScriptArguments.Count(n, "add_days_cn"));
            var due = calendar.AddCalendarDays(from, days);
            ExpressionDiagnostics.Warn(due.Warnings);
            var moved = due.Value != from.AddDays(days);
            return ChineseDates.DateWithWeekday(due.Value) + (moved ? Rolled : "");
        }));
    }
}
