using System.Globalization;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// A deadline is written once, as the user task's <c>ew:dueDate</c>. A timer of a boundary event attached to
/// the task reads the task's due instant as <c>task_due</c> (the overdue timer) and its last day on time as
/// <c>task_due_on</c> (a reminder: <c>at(add_working_days(task_due_on, -1), "09:00")</c>); <c>ew:dueVariable</c>
/// stores that last day in a variable, for notice texts and later steps. A deadline <c>end_of_day(d)</c> is the
/// instant 24:00 of d, so its last day is d, not the date of the instant.
/// </summary>
internal static class TaskDue
{
    public const string VariableName = "task_due";
    public const string DayVariableName = "task_due_on";
    public const string DueVariableProperty = "dueVariable";

    /// <summary><c>task_due</c> for a boundary timer armed on an open user task that has a due date, else null.</summary>
    public static IReadOnlyDictionary<string, object?>? For(InstanceRun run, FlowNode ev, TokenRecord owner) =>
        ev.Kind == NodeKind.BoundaryEvent && run.OpenTasks.FirstOrDefault(t => t.TokenId == owner.Id)?.DueAt is { } due
            ? new Dictionary<string, object?> { [VariableName] = due, [DayVariableName] = LastDay(due, run.Step.LocalOffset) }
            : null;

    /// <summary>Writes the due date to the variable the task names in <c>ew:dueVariable</c>, if any.</summary>
    public static void Store(InstanceRun run, FlowNode task, DateTimeOffset? due)
    {
        if (task.Property(DueVariableProperty) is not { Length: > 0 } name || due is not { } at) return;
        run.Variables[name] = LastDay(at, run.Step.LocalOffset);
    }

    /// <summary>The last day (YYYY-MM-DD) on which the task is still on time: the day of the instant just before it.</summary>
    internal static string LastDay(DateTimeOffset due, TimeSpan offset) =>
        DateOnly.FromDateTime(due.AddTicks(-1).ToOffset(offset).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
