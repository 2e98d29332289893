namespace EvalWorkflows.Engine.Expressions;

/// <summary>
/// Lets an expression function say that its answer is uncertain (e.g. a deadline in a year without official
/// calendar data) while still returning a value. The engine collects these around each evaluation and writes
/// them to the instance history next to the element whose deadline they concern, so nobody is left guessing.
/// </summary>
public static class ExpressionDiagnostics
{
    private static readonly AsyncLocal<List<string>?> Collector = new();

    public static void Warn(string warning)
    {
        var list = Collector.Value;
        if (list is not null && !list.Contains(warning)) list.Add(warning);
    }

    public static void Warn(IEnumerable<string> warnings)
    {
        foreach (var w in warnings) Warn(w);
    }

    /// <summary>Runs <paramref name="evaluate"/> and returns its value with the warnings raised meanwhile.</summary>
    public static (T Value, IReadOnlyList<string> Warnings) Collect<T>(Func<T> evaluate)
    {
        var outer = Collector.Value;
        var list = new List<string>();
        Collector.Value = list;
        try { return (evaluate(), list); }
        finally
        {
            Collector.Value = outer;
            if (outer is not null) foreach (var w in list) if (!outer.Contains(w)) outer.Add(w);
        }
    }
}
