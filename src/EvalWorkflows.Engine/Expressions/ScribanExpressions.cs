using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace EvalWorkflows.Engine.Expressions;

/// <summary>
/// Evaluates conditions, timer and due-date expressions and renders templates with Scriban, sandboxed:
/// no .NET members are reachable, loops and recursion are bounded, and only registered functions are added.
/// </summary>
public sealed class ScribanExpressions(IEnumerable<IExpressionFunctions> functions)
{
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };
    private static readonly SharedContexts Contexts = new();
    private readonly ConcurrentDictionary<string, Template> _expressions = new();
    private readonly ConcurrentDictionary<string, Template> _templates = new();
    private readonly IExpressionFunctions[] _functions = functions.ToArray();

    /// <summary>Null when the expression parses; otherwise the parser's message.</summary>
    public static string? ExpressionError(string expression)
    {
        var t = Template.Parse(expression, lexerOptions: ScriptOnly);
        return t.HasErrors ? string.Join("; ", t.Messages.Select(m => m.Message)) : null;
    }

    /// <summary>Null when the template parses; otherwise every parser message with its position.</summary>
    public static string? TemplateError(string text)
    {
        var t = Template.Parse(text);
        return t.HasErrors ? string.Join("; ", t.Messages.Select(m => m.ToString())) : null;
    }

    public object? Evaluate(string expression, IDictionary<string, object?> variables) => Evaluate(expression, variables, false);

    private object? Evaluate(string expression, IDictionary<string, object?> variables, bool strict)
    {
        var template = _expressions.GetOrAdd(expression, e => Parse(e, ScriptOnly));
        var context = Contexts.Take();
        PushFunctionsAndVariables(context, variables);
        context.StrictVariables = strict;
        var value = template.Evaluate(context);
        Contexts.Return(context);
        return value;
    }

    /// <summary>
    /// A condition decides the path, so a variable it reads must exist: an undefined one is an error naming
    /// it, never a silent <c>false</c> that sends the instance down the wrong flow.
    /// </summary>
    public bool EvaluateCondition(string expression, IDictionary<string, object?> variables) =>
        Evaluate(expression, variables, true) switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0 && !string.Equals(s, "false", StringComparison.OrdinalIgnoreCase),
            var other => throw new InvalidOperationException(
                $"Condition '{expression}' gave a {other.GetType().Name}, not true or false."),
        };

    public string Render(string templateText, IDictionary<string, object?> model)
    {
        var template = _templates.GetOrAdd(templateText, t => Parse(t, null));
        var context = Contexts.Take();
        PushFunctionsAndVariables(context, model);
        var text = template.Render(context);
        Contexts.Return(context);
        return text;
    }

    private static Template Parse(string text, LexerOptions? options)
    {
        var t = options is { } o ? Template.Parse(text, lexerOptions: o) : Template.Parse(text);
        if (t.HasErrors)
            throw new InvalidOperationException(string.Join("; ", t.Messages.Select(m => m.Message)));
        return t;
    }

    /// <summary>
    /// The registered functions, imported once and frozen: importing wraps each delegate by reflection, and
    /// frozen, no expression can redefine one for the next.
    /// </summary>
    private ScriptObject Functions => _registered ??= SharedContexts.Freeze(Register(null));

    private ScriptObject? _registered;

    private ScriptObject Register(Action<ScriptObject>? extra)
    {
        var globals = new ScriptObject();
        foreach (var f in _functions) f.Register(globals);
        extra?.Invoke(globals);
        return globals;
    }

    private void PushFunctionsAndVariables(TemplateContext context, IDictionary<string, object?> variables)
    {
        context.PushGlobal(Functions);
        context.PushGlobal(Variables(variables));
    }

    private static ScriptObject Variables(IDictionary<string, object?> variables)
    {
        var vars = new ScriptObject();
        foreach (var (k, v) in variables) vars.SetValue(k, ScriptValues.ToScript(v), false);
        return vars;
    }

    /// <summary>
    /// The sandbox every evaluation runs in, for hosts that render with their own TemplateContext subclass
    /// (e.g. one that escapes HTML): bounded loops, recursion and output, and no .NET member reachable.
    /// </summary>
    public static T Sandbox<T>(T context) where T : TemplateContext
    {
        context.LoopLimit = 10_000;
        context.RecursiveLimit = 50;
        context.LimitToString = 100_000;
        context.StrictVariables = false;
        context.EnableRelaxedMemberAccess = true;
        // No .NET member import: a template sees only the dictionaries it is given.
        context.MemberFilter = _ => false;
        return context;
    }

    /// <summary>
    /// Pushes the registered functions (plus <paramref name="extra"/> globals) and then the variables, so a
    /// variable may shadow a function but nothing else leaks in.
    /// </summary>
    public void PushGlobals(TemplateContext context, IDictionary<string, object?> variables, Action<ScriptObject>? extra = null)
    {
        context.PushGlobal(Register(extra));
        context.PushGlobal(Variables(variables));
    }
}
