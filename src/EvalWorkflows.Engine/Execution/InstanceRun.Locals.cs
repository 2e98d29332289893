using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Variables local to a scope: what runs inside a token's scope sees that token's locals (and those of the
/// scopes around it) over the instance variables, innermost first. Only multi-instance tokens carry locals.
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
}
