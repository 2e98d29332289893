using System.Diagnostics;

namespace EvalWorkflows.Benchmarks;

/// <summary>
/// One part of the run (the engine rows, the fan-out, the lists, the HTTP rows): timed, with the load average it
/// ended at, and its table printed the moment it is done, so a long run stopped early still has every finished table.
/// </summary>
internal static class Section
{
    public static async Task<T> RunAsync<T>(string name, Func<Task<T>> work)
    {
        var sw = Stopwatch.StartNew();
        var result = await work();
        Console.WriteLine($"-- {name} took {sw.Elapsed.TotalMinutes:N1} min (load average {ServerBench.LoadAverage()})");
        return result;
    }

    public static Task RunAsync(string name, Func<Task> work) => RunAsync(name, async () => { await work(); return 0; });

    /// <summary>Prints <paramref name="table"/> (Markdown) now and returns it for the summary at the end.</summary>
    public static string Print(string table)
    {
        Console.WriteLine();
        Console.WriteLine(table);
        return table;
    }
}
