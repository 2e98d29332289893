using System.Globalization;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// A deadline is written once, as the user task's <c>ew:dueDate</c>. A timer of a boundary event attached to
/// the task reads the task's due instant as <c>task_due</c> (the overdue timer is <c>task_due</c>, a reminder
/// <c>at(add_working_days(task_due, -1), "09:00")</c>), and <c>ew:dueVariable</c> stores the due date
/// (YYYY-MM-DD in the host's offset) in a variable, for notice texts and later steps.
/// </summary>
internal static class TaskDue
{
    public const string VariableName = "task_due";
    public const string DueVariableProperty = "dueVariable";

    /// <summary><c>task_due</c> for a boundary timer armed on an open user task that has a due date, else null.</summary>
    public static IReadOnlyDictionary<string, object?>? For(InstanceRun run, FlowNode ev, TokenRecord owner) =>
        ev.Kind == NodeKind.BoundaryEvent && run.OpenTasks.FirstOrDefault(t => t.TokenId == owner.Id)?.DueAt is { } due
            ? new Dictionary<string, object?> { [VariableName] = due }
            : null;

    /// <summary>Writes the due date to the variable the task names in <c>ew:dueVariable</c>, if any.</summary>
    public static void Store(InstanceRun run, FlowNode task, DateTimeOffset? due)
    {
        if (task.Property(DueVariableProperty) is not { Length: > 0 } name || due is not { } at) return;
        run.Variables[name] = DateOnly.FromDateTime(at.ToOffset(run.Step.LocalOffset).DateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
