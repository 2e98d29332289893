using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Expressions over the variables, and variables local to a scope: what runs inside a token's scope sees that
/// token's locals (and those of the scopes around it) over the instance variables, innermost first. Only
/// multi-instance tokens carry locals.
/// </summary>
internal sealed partial class InstanceRun
{
    /// <summary>The scope whose expressions are being evaluated (set as a token enters or resumes an element).</summary>
    public Guid? CurrentScope { get; set; }

    public TokenRecord? Token(Guid? id) => id is { } i ? Tokens.FirstOrDefault(t => t.Id == i) : null;

    public static Dictionary<string, object?> Locals(TokenRecord token) =>
        token.LocalsJson is { } json ? ScriptValues.ParseJson(json) : [];

    public static void SetLocals(TokenRecord token, IDictionary<string, object?> locals) =>
        token.LocalsJson = ScriptValues.ToJson(locals);

    /// <summary>The locals visible in <paramref name="scope"/>, innermost winning; null when there are none.</summary>
    public Dictionary<string, object?>? LocalsIn(Guid? scope)
    {
        Dictionary<string, object?>? visible = null;
        for (var t = Token(scope); t is not null; t = Token(t.ScopeTokenId))
        {
            if (t.LocalsJson is null) continue;
            visible ??= [];
            foreach (var (k, v) in Locals(t)) visible.TryAdd(k, v);
        }
        return visible;
    }

    /// <summary>The instance variables as seen from <see cref="CurrentScope"/>: a copy when locals apply.</summary>
    public IDictionary<string, object?> Visible(IReadOnlyDictionary<string, object?>? extra = null)
    {
        var locals = LocalsIn(CurrentScope);
        if (locals is null && extra is null) return Variables;
        var visible = new Dictionary<string, object?>(Variables);
        foreach (var (k, v) in locals ?? []) visible[k] = v;
        foreach (var (k, v) in extra ?? new Dictionary<string, object?>()) visible[k] = v;
        return visible;
    }

    /// <summary>
    /// Writes back what a handler changed in its view of the variables, except the locals, which stay local.
    /// </summary>
    public void WriteBack(IDictionary<string, object?> view)
    {
        if (ReferenceEquals(view, Variables)) return;
        var locals = LocalsIn(CurrentScope) ?? [];
        foreach (var (k, v) in view)
            if (!locals.ContainsKey(k)) Variables[k] = v;
    }

    [System.Text.RegularExpressions.GeneratedRegex("variable or function `([^`]+)` was not found")]
    private static partial System.Text.RegularExpressions.Regex UndefinedVariable();

    /// <summary>The element whose expressions are being evaluated, for warnings in the history.</summary>
    public FlowNode? Current { get; set; }

    /// <summary>Evaluates over the variables, plus <paramref name="extra"/> values visible to this evaluation only.</summary>
    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var variables = Visible(extra);
        try
        {
            var (value, warnings) = ExpressionDiagnostics.Collect(() => Step.Expressions.Evaluate(expression, variables));
            if (warnings.Count > 0) History(HistoryEvents.ExpressionWarning, Current, new { expression, warnings });
            return value;
        }
        catch (Exception e) when (e is not WorkflowException)
        {
            throw new WorkflowException("EXPRESSION_FAILED", $"表达式“{expression}”求值失败：{e.Message}");
        }
    }

    public bool Condition(string expression, IReadOnlyDictionary<string, object?>? extra = null)
    {
        try { return Step.Expressions.EvaluateCondition(expression, Visible(extra)); }
        catch (Exception e) when (e is not WorkflowException)
        {
            throw new ElementFailedException("EXPRESSION_FAILED", Current?.Id ?? "", UndefinedVariable().Match(e.Message) is { Success: true } m
                ? $"{Current} 的条件“{expression}”读取了未定义的变量“{m.Groups[1].Value}”。"
                : $"{Current} 的条件“{expression}”求值失败：{e.Message}");
        }
    }
}
