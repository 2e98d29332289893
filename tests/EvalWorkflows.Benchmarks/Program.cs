using System.Diagnostics;
using EvalWorkflows.Benchmarks;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

// Measures the engine against plain transactions writing as many rows on the same kind of database, in the same
// run, so its cost reads as a ratio that does not depend on the machine's disk. SQLite always; PostgreSQL too when
// EVALWORKFLOWS_BENCH_POSTGRES holds a connection string of a role that may create databases.
// Then the product's server on the same kind of database (ServerBench.cs): HTTP load, the yearly fan-out, list queries.
// Usage: dotnet run -c Release --project tests/EvalWorkflows.Benchmarks -- [--quick] [--only lists|engine|fanout] [--postgres-only] [instances] [pendingTimers] [httpOperations]
// --only lists: just the list-query rows, on the province the fan-out seeds (without its clock moves).
// --only engine: just the engine rows (minutes instead of the server rows' quarter hour), to compare two commits.
// --only fanout: just the yearly fan-out rows (seeding and the two clock moves), to compare two commits.
var quick = args.Contains("--quick");
// --postgres-only: skip the SQLite rows (with EVALWORKFLOWS_BENCH_POSTGRES set), to compare two commits on PostgreSQL alone.
var postgresOnly = args.Contains("--postgres-only");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
if (only is not (null or "lists" or "engine" or "fanout")) throw new ArgumentException($"--only takes \"lists\", \"engine\" or \"fanout\", not \"{only}\".");
var engineOnly = only == "engine";
var fanOutOnly = only == "fanout";
var numbers = args.Where((a, i) => a is not ("--quick" or "--only" or "--postgres-only") && (i == 0 || args[i - 1] != "--only")).Select(int.Parse).ToArray();
var instances = numbers.Length > 0 ? numbers[0] : quick ? 200 : 2_000;
var pending = numbers.Length > 1 ? numbers[1] : quick ? 10_000 : 100_000;
// 500 operations per HTTP row: long enough for a steady rate and a p99 of five samples, short enough that the
// six HTTP rows per database no longer dominate the run (1,000 took most of an hour on a loaded machine).
var operations = numbers.Length > 2 ? numbers[2] : quick ? 100 : 500;
var sizes = (quick ? new ServerSizes(operations, [8, 32], 1_000, [2_000, 10_000]) : new ServerSizes(operations, [8, 32], 10_000, [10_000, 100_000]))
    with { ListsOnly = only == "lists", FanOutOnly = fanOutOnly };
var postgres = Environment.GetEnvironmentVariable("EVALWORKFLOWS_BENCH_POSTGRES") is { Length: > 0 } pg ? pg : null;
Console.WriteLine($"EvalWorkflows engine benchmark: {instances:N0} instances, {pending:N0} pending timers, {Environment.ProcessorCount} cores");
Console.WriteLine($"Server rows: {sizes.Operations:N0} operations per HTTP row, {sizes.Filings:N0} filings in the fan-out, lists at {string.Join(" and ", sizes.ListedInstances.Select(n => n.ToString("N0")))} instances");
Console.WriteLine($"Load average at start: {ServerBench.LoadAverage()}");

var dir = Directory.CreateTempSubdirectory("ew-bench-");
var tables = new List<string>();
var cleanup = new List<Func<Task>>();
var run = Stopwatch.StartNew();
if (!postgresOnly)
await using (var sqlite = new SqliteStore(dir))
{
    if (!sizes.ListsOnly && !fanOutOnly) tables.Add(Section.Print(await Section.RunAsync("the engine rows", () => Bench.RunAsync(sqlite, instances, pending))));
    if (!engineOnly) tables.Add(await ServerBench.RunAsync(sqlite, ServerBench.Sqlite(dir), sizes));
}
if (postgres is not null)
    await using (var store = new PostgresStore(postgres))
    {
        if (!sizes.ListsOnly && !fanOutOnly) tables.Add(Section.Print(await Section.RunAsync("the engine rows", () => Bench.RunAsync(store, instances, pending))));
        if (!engineOnly) tables.Add(await ServerBench.RunAsync(store, ServerBench.Postgres(postgres, cleanup), sizes));
    }
else Console.WriteLine("PostgreSQL skipped: set EVALWORKFLOWS_BENCH_POSTGRES to measure it too.");
foreach (var drop in cleanup) await drop();
dir.Delete(true);

Console.WriteLine();
Console.WriteLine("## All tables");
Console.WriteLine();
foreach (var table in tables) Console.WriteLine(table);
Console.WriteLine($"Whole run: {run.Elapsed.TotalMinutes:N1} min. Load average at the end: {ServerBench.LoadAverage()}");
Console.WriteLine($"Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB");

/// <summary>One measured operation; the raw baseline runs TxPerOp transactions of RowsPerTx rows per operation.</summary>
internal sealed record Row(string Name, int Count, int TxPerOp, int RowsPerTx, double PerSecond, long BytesPerOp);

internal static class Bench
{
    private sealed class Noop : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public static async Task<string> RunAsync(Store store, int instances, int pending)
    {
        Console.WriteLine($"== {store.Name}");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddDbContextPool<BenchDbContext>(store.Configure) // as the server registers it
            .AddWorkflowEngine<BenchDbContext>()
            .AddTaskHandler<Noop>("noop")
            .BuildServiceProvider();
        await Query(services, async db => { await db.Database.EnsureCreatedAsync(); return 0; });
        if (store is SqliteStore) await Query(services, db => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;"));
        var engine = services.GetRequiredService<WorkflowEngine>();
        foreach (var xml in new[] { Processes.Review, Processes.Timer, Processes.Reference }) await engine.DeployAsync(xml, "bench");
        await WarmUpAsync(engine, services, Math.Min(instances, 1_000));
        var rows = new List<(Row Engine, double Raw)>();
        async Task Add(Row row) => rows.Add((row, await store.RawRateAsync(row)));

        // 1. Start to the first user task: 1 instance, 1 token, 1 task and 4 history rows in one transaction.
        await Add(await Measure("instances started to first user task", instances, 1, 7, async () =>
        {
            for (var i = 0; i < instances; i++) await engine.StartAsync("bench-review", $"B-{i}", null, "bench");
        }));

        // 2. Complete each task: the task, the instance, 7 history rows, the token removed.
        var taskIds = await OpenTasksAsync(services, "review");
        var approved = new Dictionary<string, object?> { ["approved"] = true };
        await Add(await Measure("user tasks completed (to the end event)", taskIds.Count, 1, 9, async () =>
        {
            foreach (var id in taskIds) await engine.CompleteTaskAsync(id, null, approved, "bench");
        }));

        // 3. The reference process end to end: 5 transactions (start, 3 service tasks, completion) of about 6 rows.
        await Add(await Measure("reference instances completed (start → 3 service tasks → user task → end)", instances, 5, 6, async () =>
        {
            for (var i = 0; i < instances; i++) await engine.StartAsync("bench-reference", $"R-{i}", null, "bench");
            var open = await OpenTasksAsync(services, "decide");
            foreach (var id in open) await engine.CompleteTaskAsync(id, null, null, "bench");
        }));

        // 4. Fire timers with many more pending: the due ones come from real instances, the rest lie far ahead.
        var due = Math.Min(instances, 2_000);
        for (var i = 0; i < due; i++) await engine.StartAsync("bench-timer", $"T-{i}", null, "bench");
        await Query(services, db => AddFarTimersAsync(db, clock.GetUtcNow().AddYears(10), pending - due));
        clock.Advance(TimeSpan.FromHours(1));
        await Add(await Measure($"timers fired ({pending:N0} pending)", due, 1, 7, async () => await engine.RunDueJobsAsync()));

        return Table(store.Name, rows);
    }

    /// <summary>
    /// Runs each measured path a while first, so the rates are the engine's and not the JIT's: a process compiles
    /// EF Core's and the engine's code once, in its first seconds, and a server runs for months. Tiered compilation
    /// takes most of those seconds: a method runs unoptimized, then instrumented, and is optimized only after a
    /// delay that starts over while other methods are still being compiled. Timed in blocks of 500 steps on SQLite,
    /// a step took 1.6 ms at first, 0.7–0.8 ms at steps 2,000–3,500 and settled near 0.45 ms after about 4,000:
    /// 200 rounds (about 1,600 steps) left the first rows measured partly on unoptimized code. 1,000 rounds are
    /// about 8,000 steps.
    /// </summary>
    private static async Task WarmUpAsync(WorkflowEngine engine, IServiceProvider services, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await engine.StartAsync("bench-review", $"W-{i}", null, "bench");
            await engine.StartAsync("bench-reference", $"WR-{i}", null, "bench");
        }
        foreach (var id in await OpenTasksAsync(services, "review")) await engine.CompleteTaskAsync(id, null, new Dictionary<string, object?> { ["approved"] = true }, "bench");
        foreach (var id in await OpenTasksAsync(services, "decide")) await engine.CompleteTaskAsync(id, null, null, "bench");
    }

    private static Task<List<Guid>> OpenTasksAsync(IServiceProvider services, string elementId) => Query(services, db =>
        db.Set<UserTaskRecord>().Where(t => t.ElementId == elementId && t.Status == EvalWorkflows.Engine.Persistence.TaskStatus.Open).Select(t => t.Id).ToListAsync());

    private static string Table(string name, List<(Row Engine, double Raw)> rows)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"### {name}").AppendLine();
        text.AppendLine("| operation | count | engine /s | raw tx /s, same rows | engine at % of raw | allocated per op |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (row, rate) in rows)
            text.AppendLine($"| {row.Name} | {row.Count:N0} | {row.PerSecond:N0} | {rate:N0} ({row.TxPerOp} tx × {row.RowsPerTx} rows) | {row.PerSecond / rate:P0} | {row.BytesPerOp / 1024.0:N1} KiB |");
        return text.ToString();
    }

    private static async Task<int> AddFarTimersAsync(BenchDbContext db, DateTimeOffset far, int count)
    {
        var spent = new Spent();
        await BulkRows.InsertAsync(db, Enumerable.Range(0, count).Select(_ => new JobRecord
        {
            Id = Guid.NewGuid(), Kind = JobKind.Timer, InstanceId = Guid.NewGuid(), TokenId = Guid.NewGuid(),
            ElementId = "wait", DueAt = far, CreatedAt = far,
        }).ToList());
        Console.WriteLine($"{count:N0} far timers seeded in {spent}");
        return count;
    }

    private static async Task<T> Query<T>(IServiceProvider services, Func<BenchDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BenchDbContext>());
    }

    private static async Task<Row> Measure(string name, int count, int txPerOp, int rowsPerTx, Func<Task> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        await work();
        sw.Stop();
        Console.WriteLine($"{name}: {count:N0} in {sw.Elapsed.TotalSeconds:N2} s");
        return new Row(name, count, txPerOp, rowsPerTx, count / sw.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(true) - allocated) / count);
    }
}
