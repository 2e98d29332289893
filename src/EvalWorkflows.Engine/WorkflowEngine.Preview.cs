using System.Globalization;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace EvalWorkflows.Engine;

/// <summary>
/// The instant one user task's due date or one timer would give in a preview, or why it gives none; with the
/// warnings its calendar functions raised (a year without official data).
/// </summary>
public sealed record DeadlinePreview(string ElementId, string ElementType, string? ElementName, string Expression,
    DateTimeOffset? At, string? Error, IReadOnlyList<string> Warnings);

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// What every deadline of a definition would be for an instance that starts at <paramref name="now"/> with each
    /// variable the expressions read set to <paramref name="sampleDate"/>: user task due dates first, then the
    /// timers, a boundary timer reading its task's due date as <c>task_due</c> / <c>task_due_on</c> as it does when
    /// armed. Nothing is stored; the same evaluation and calendar functions as a running instance are used.
    /// </summary>
    public IReadOnlyList<DeadlinePreview> PreviewDeadlines(ProcessGraph graph, DateTimeOffset now, DateOnly sampleDate)
    {
        var sample = sampleDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var previews = new List<DeadlinePreview>();
        var dues = new Dictionary<string, DateTimeOffset>();
        foreach (var task in graph.Nodes.Values.Where(n => n.Kind == NodeKind.UserTask && n.Property("dueDate") is { Length: > 0 }))
        {
            var expression = task.Property("dueDate")!;
            var preview = Preview(task, expression, () =>
                TimerExpressions.ToInstant(expressions.Evaluate(expression, Sample(expression, sample, null)), expression, _options.LocalOffset));
            if (preview.At is { } at) dues[task.Id] = at;
            previews.Add(preview);
        }
        foreach (var timer in graph.Nodes.Values.Where(n => n.Timer is not null))
        {
            var spec = timer.Timer!;
            var text = (spec.TimeDate ?? spec.TimeDuration ?? spec.TimeCycle ?? "").Trim();
            var taskDue = timer.AttachedToId is { } owner && dues.TryGetValue(owner, out var due)
                ? new Dictionary<string, object?> { [TaskDue.VariableName] = due, [TaskDue.DayVariableName] = TaskDue.LastDay(due, _options.LocalOffset) }
                : null;
            previews.Add(Preview(timer, text, () => TimerExpressions.Schedule(spec, now,
                e => expressions.Evaluate(e, Sample(e, sample, taskDue)), _limits, _options.LocalOffset).DueAt));
        }
        return previews;
    }

    private static DeadlinePreview Preview(FlowNode node, string expression, Func<DateTimeOffset> evaluate)
    {
        try
        {
            var (at, warnings) = ExpressionDiagnostics.Collect(evaluate);
            return new(node.Id, node.XmlName, node.Name, expression, at, null, warnings);
        }
        catch (Exception e) when (e is WorkflowException or InvalidOperationException or Scriban.Syntax.ScriptRuntimeException)
        {
            return new(node.Id, node.XmlName, node.Name, expression, null, e.Message, []);
        }
    }

    /// <summary>Every variable the expression reads (not a function it calls), set to the sample date.</summary>
    private static Dictionary<string, object?> Sample(string expression, string sample, IReadOnlyDictionary<string, object?>? known)
    {
        var template = Template.Parse(expression, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        var reader = new FreeVariables();
        if (!template.HasErrors) template.Page?.Accept(reader);
        var variables = reader.Names.Except(reader.Functions).ToDictionary(n => n, object? (_) => sample);
        foreach (var (name, value) in known ?? new Dictionary<string, object?>()) variables[name] = value;
        return variables;
    }

    private sealed class FreeVariables : ScriptVisitor
    {
        public HashSet<string> Names { get; } = [];
        public HashSet<string> Functions { get; } = [];

        public override void Visit(ScriptVariableGlobal node)
        {
            Names.Add(node.Name);
            base.Visit(node);
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal function) Functions.Add(function.Name);
            base.Visit(node);
        }
    }
}
