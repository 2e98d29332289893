using System.Diagnostics;
using EvalWorkflows.Benchmarks;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

// Measures the engine on a SQLite file (WAL, synchronous=FULL) against plain SQLite transactions that insert
// the same number of rows, so the engine's cost reads as a ratio. Usage: dotnet run -c Release -- [instances] [pendingTimers]
var instances = args.Length > 0 ? int.Parse(args[0]) : 2_000;
var pending = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var dir = Directory.CreateTempSubdirectory("ew-bench-");
Console.WriteLine($"EvalWorkflows engine benchmark: {instances} instances, {pending} pending timers, files in {dir.FullName}");

var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton<TimeProvider>(clock)
    .AddDbContext<BenchDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dir.FullName, "engine.db")}"))
    .AddWorkflowEngine<BenchDbContext>()
    .BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
    await db.Database.EnsureCreatedAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}
var engine = services.GetRequiredService<WorkflowEngine>();
await engine.DeployAsync(Processes.Review, "bench");
await engine.DeployAsync(Processes.Timer, "bench");

var rows = new List<Row>();

// 1. Start to the first user task: 1 instance, 1 token, 1 task and 4 history rows per transaction.
var ids = new List<Guid>();
rows.Add(await Measure("instances started to first user task", instances, 7, async () =>
{
    for (var i = 0; i < instances; i++) ids.Add(await engine.StartAsync("bench-review", $"B-{i}", null, "bench"));
}));

// 2. Complete each task: the task, the instance, 7 history rows, the token removed.
var taskIds = await Query(db => db.Set<UserTaskRecord>().Select(t => t.Id).ToListAsync());
var data = new Dictionary<string, object?> { ["approved"] = true };
rows.Add(await Measure("user tasks completed (to the end event)", taskIds.Count, 9, async () =>
{
    foreach (var id in taskIds) await engine.CompleteTaskAsync(id, null, data, "bench");
}));

// 3. Fire timers with many more pending: the due ones come from real instances, the rest lie far ahead.
var due = Math.Min(instances, 2_000);
for (var i = 0; i < due; i++) await engine.StartAsync("bench-timer", $"T-{i}", null, "bench");
await Query(async db =>
{
    var far = clock.GetUtcNow().AddYears(10);
    for (var batch = 0; batch < pending - due; batch += 10_000)
    {
        db.AddRange(Enumerable.Range(0, Math.Min(10_000, pending - due - batch)).Select(_ => new JobRecord
        {
            Id = Guid.NewGuid(), Kind = JobKind.Timer, InstanceId = Guid.NewGuid(), TokenId = Guid.NewGuid(),
            ElementId = "wait", DueAt = far, CreatedAt = far,
        }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
    return 0;
});
clock.Advance(TimeSpan.FromHours(1));
rows.Add(await Measure($"timers fired ({pending:N0} pending)", due, 7, async () => await engine.RunDueJobsAsync()));

// Baseline: the same numbers of transactions and rows through Microsoft.Data.Sqlite alone.
var baseline = await RawSqlite.MeasureAsync(Path.Combine(dir.FullName, "raw.db"), rows);

Console.WriteLine();
Console.WriteLine("| operation | count | engine /s | raw SQLite tx /s (same rows) | engine cost ratio | allocated per op |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (row, raw) in rows.Zip(baseline))
    Console.WriteLine($"| {row.Name} | {row.Count:N0} | {row.PerSecond:N0} | {raw:N0} | {raw / row.PerSecond:N1}x | {row.BytesPerOp / 1024.0:N1} KiB |");
dir.Delete(true);
return;

async Task<T> Query<T>(Func<BenchDbContext, Task<T>> query)
{
    await using var scope = services.CreateAsyncScope();
    return await query(scope.ServiceProvider.GetRequiredService<BenchDbContext>());
}

static async Task<Row> Measure(string name, int count, int rowsPerOp, Func<Task> work)
{
    var allocated = GC.GetTotalAllocatedBytes(true);
    var sw = Stopwatch.StartNew();
    await work();
    sw.Stop();
    var row = new Row(name, count, rowsPerOp, count / sw.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(true) - allocated) / count);
    Console.WriteLine($"{name}: {count} in {sw.Elapsed.TotalSeconds:N2} s");
    return row;
}

internal sealed record Row(string Name, int Count, int RowsPerOp, double PerSecond, long BytesPerOp);

internal static class RawSqlite
{
    /// <summary>For each engine row: as many transactions, each inserting RowsPerOp rows of similar width.</summary>
    public static async Task<List<double>> MeasureAsync(string file, List<Row> rows)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT);";
            await setup.ExecuteNonQueryAsync();
        }
        var results = new List<double>();
        foreach (var row in rows)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < row.Count; i++)
            {
                await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
                for (var r = 0; r < row.RowsPerOp; r++)
                {
                    await using var cmd = connection.CreateCommand();
                    cmd.Transaction = tx;
                    cmd.CommandText = "INSERT INTO t VALUES ($id, $a, $b, $c, $d)";
                    cmd.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
                    cmd.Parameters.AddWithValue("$a", "element-entered");
                    cmd.Parameters.AddWithValue("$b", "{\"businessKey\":\"B-1\"}");
                    cmd.Parameters.AddWithValue("$c", i);
                    cmd.Parameters.AddWithValue("$d", "bench");
                    await cmd.ExecuteNonQueryAsync();
                }
                await tx.CommitAsync();
            }
            results.Add(row.Count / sw.Elapsed.TotalSeconds);
        }
        return results;
    }
}
