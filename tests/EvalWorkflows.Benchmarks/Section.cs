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
        var spent = new Spent();
        var result = await work();
        Console.WriteLine($"-- {name} took {spent.Minutes} (load average {ServerBench.LoadAverage()})");
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

/// <summary>
/// Wall-clock time and this process's CPU time since it was made. On a machine other work shares, the wall time says
/// how long a part took and the CPU time what it cost: comparable between runs where the wall time is not.
/// </summary>
internal sealed class Spent
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    private TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime - _cpu;

    public string Minutes => $"{_wall.Elapsed.TotalMinutes:N1} min, CPU {Cpu.TotalMinutes:N1} min";

    public override string ToString() => $"{_wall.Elapsed.TotalSeconds:N1} s, CPU {Cpu.TotalSeconds:N1} s";
}
