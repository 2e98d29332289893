using EvalWorkflows.Engine.Expressions;
using Scriban.Runtime;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// The working-day calendar in workflow expressions, e.g. a task due date <c>end_of_day(add_working_days(accepted_on, 5))</c>.
/// Dates come back as YYYY-MM-DD text so they store cleanly as workflow variables; <c>end_of_day</c> gives an
/// instant. The function <c>date</c> replaces Scriban's built-in <c>date</c> object, whose <c>date.now</c>
/// reads the machine clock instead of the workflow's.
/// </summary>
public sealed class CalendarExpressionFunctions(WorkingDayCalendar calendar) : IExpressionFunctions
{
    public void Register(ScriptObject globals)
    {
        globals.Import("add_working_days", new Func<object?, object?, string>((d, n) =>
            IsoDate.Format(Checked(calendar.AddWorkingDays(Date(d, "add_working_days"), Count(n, "add_working_days"))))));
        globals.Import("working_days_between", new Func<object?, object?, int>((a, b) =>
            Checked(calendar.WorkingDaysBetween(Date(a, "working_days_between"), Date(b, "working_days_between")))));
        globals.Import("next_working_day", new Func<object?, string>(d =>
            IsoDate.Format(Checked(calendar.NextWorkingDay(Date(d, "next_working_day"))))));
        globals.Import("working_day_on_or_before", new Func<object?, string>(d =>
            IsoDate.Format(Checked(calendar.WorkingDayOnOrBefore(Date(d, "working_day_on_or_before"))))));
        globals.Import("end_of_day", new Func<object?, DateTimeOffset>(d =>
            WorkingDayCalendar.EndOfDay(Date(d, "end_of_day"))));
        globals.Import("is_working_day", new Func<object?, bool>(d =>
        {
            var day = calendar.DescribeDay(Date(d, "is_working_day"));
            ExpressionDiagnostics.Warn(day.Warnings);
            return day.Working;
        }));
        globals.Import("add_days", new Func<object?, object?, string>((d, n) =>
            IsoDate.Format(Checked(calendar.AddCalendarDays(Date(d, "add_days"), Count(n, "add_days"))))));
        globals.Import("add_days_exact", new Func<object?, object?, string>((d, n) =>
            IsoDate.Format(Checked(calendar.AddCalendarDays(Date(d, "add_days_exact"), Count(n, "add_days_exact"), false)))));
        globals.Import("date", new Func<object?, string>(d => IsoDate.Format(Date(d, "date"))));
        // Reminders go out in office hours: at(add_days_exact(valid_until, -30), "09:00") is 09:00 Beijing time.
        globals.Import("at", new Func<object?, object?, DateTimeOffset>((d, time) =>
            new DateTimeOffset(Date(d, "at").ToDateTime(Time(time)), WorkingDayCalendar.ChinaOffset)));
    }

    /// <summary>A result computed with weekends only is still returned, and its warning reaches the history.</summary>
    private static T Checked<T>(CalendarResult<T> result)
    {
        ExpressionDiagnostics.Warn(result.Warnings);
        return result.Value;
    }

    private static TimeOnly Time(object? value) =>
        TimeOnly.TryParseExact(value?.ToString(), "HH:mm", out var t) ? t
            : throw new ArgumentException($"at 的第二个参数应为 HH:mm 格式的时刻，实际为“{value}”。");

    private static DateOnly Date(object? value, string function) => ScriptArguments.Date(value, function);

    private static int Count(object? value, string function) => ScriptArguments.Count(value, function);
}
