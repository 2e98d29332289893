using Scriban;
using Scriban.Runtime;

namespace EvalWorkflows.Engine.Expressions;

/// <summary>
/// Sandboxed evaluation contexts, reused: a new <see cref="TemplateContext"/> deep-copies Scriban's built-in
/// functions and sets up its stacks (about 33 KiB), and the engine evaluates several expressions per step. Every
/// context shares one frozen copy of the built-ins, so no expression can change them (e.g. <c>date.format</c>)
/// for the next one; a context goes back only after an evaluation that ended normally, reset to its built-ins.
/// </summary>
internal sealed class SharedContexts
{
    private static readonly ScriptObject Builtins = Freeze(TemplateContext.GetDefaultBuiltinObject());

    /// <summary>One idle context per thread: an evaluation never waits, and one nested in another gets its own.</summary>
    [ThreadStatic] private static TemplateContext? _idle;

    public TemplateContext Take()
    {
        var context = _idle;
        _idle = null;
        return context ?? ScribanExpressions.Sandbox(new TemplateContext(Builtins));
    }

    public void Return(TemplateContext context)
    {
        context.Reset();
        context.StrictVariables = false;
        _idle = context;
    }

    /// <summary>Makes <paramref name="root"/> and every object inside it read-only.</summary>
    public static ScriptObject Freeze(ScriptObject root)
    {
        var seen = new HashSet<ScriptObject>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ScriptObject>([root]);
        while (pending.TryPop(out var o))
        {
            if (!seen.Add(o)) continue;
            foreach (var (_, value) in o)
                if (value is ScriptObject inner) pending.Push(inner);
            o.IsReadOnly = true;
        }
        return root;
    }
}
