using System.Text;
using Npgsql;

namespace EvalWorkflows.Benchmarks;

/// <summary>How big the server's rows are: operations per client count, filings in the fan-out, instances listed.</summary>
internal sealed record ServerSizes(int Operations, int[] Clients, int Filings, int[] ListedInstances)
{
    /// <summary>Only the list rows, on the province the fan-out seeds (its clock moves skipped); no HTTP load rows.</summary>
    public bool ListsOnly { get; init; }

    /// <summary>Only the fan-out rows: no list queries, no HTTP load rows.</summary>
    public bool FanOutOnly { get; init; }
}

/// <summary>
/// The rows measured against the product's server (its host on a real port, its database on the same kind of store
/// as the engine rows above): HTTP load, the yearly fan-out, and the list queries, each with its peak memory.
/// </summary>
internal static class ServerBench
{
    /// <summary>Where the server keeps its data on SQLite: a file beside the engine's.</summary>
    public static Func<Task<IReadOnlyDictionary<string, string?>>> Sqlite(DirectoryInfo dir) => () =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(dir.FullName, "server.db")}",
        });

    /// <summary>A throw-away PostgreSQL database (C collation, as the tests make theirs), dropped by the caller's cleanup.</summary>
    public static Func<Task<IReadOnlyDictionary<string, string?>>> Postgres(string server, List<Func<Task>> cleanup) => async () =>
    {
        var name = $"ew_bench_srv_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        cleanup.Add(async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
        };
    };

    public static async Task<string> RunAsync(Store store, Func<Task<IReadOnlyDictionary<string, string?>>> database, ServerSizes sizes)
    {
        Console.WriteLine($"== {store.Name}, the server over HTTP");
        var mail = Directory.CreateTempSubdirectory("ew-bench-mail-");
        var text = new StringBuilder();
        try
        {
            await using (var server = new ServerHost(await database(), mail.FullName, FanOut.ClockStart))
            {
                // The fan-out first: its institutions and instances are the province the lists then grow from.
                // Each section's table is printed as soon as the section ends, so a run stopped early keeps them.
                var fanOut = new FanOut(server, store);
                await Section.RunAsync("the yearly fan-out", () => fanOut.RunAsync(sizes.Filings, seedOnly: sizes.ListsOnly));
                if (fanOut.Rows.Count > 0) text.Append(Section.Print(FanOutTable(store.Name, fanOut.Rows)));
                if (sizes.FanOutOnly) return text.ToString();
                var lists = new ListQueries(server);
                await Section.RunAsync("the list queries", () => lists.RunAsync(sizes.ListedInstances));
                text.Append(Section.Print(ListTable(store.Name, lists.Rows)));
                if (sizes.ListsOnly) return text.ToString();
                var load = new HttpLoad(server, store);
                await Section.RunAsync("the HTTP rows", () => load.RunAsync(sizes.Operations, sizes.Clients));
                text.Append(Section.Print(HttpTable(store.Name, load.Rows)));
            }
        }
        finally
        {
            mail.Delete(true);
        }
        return text.ToString();
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), so a reader can tell a busy machine's figures apart.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string HttpTable(string name, IReadOnlyList<HttpRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine($"### {name}: the server over HTTP").AppendLine();
        text.AppendLine("| operation | clients | count | ops /s | p50 | p99 | 409 | failed | raw tx /s, same rows | at % of raw | peak working set / GC heap |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            text.AppendLine($"| {r.Name} | {r.Clients} | {r.Count:N0} | {r.PerSecond:N0} | {r.P50Ms:N1} ms | {r.P99Ms:N1} ms | {r.Conflicts} | {r.Failures} | {r.Raw:N0} ({r.RawShape}) | {r.PerSecond / r.Raw:P0} | {r.Memory.WorkingSetMiB:N0} / {r.Memory.HeapMiB:N0} MiB |");
        return text.AppendLine().ToString();
    }

    private static string FanOutTable(string name, IReadOnlyList<FanOutRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine($"### {name}: the yearly annual-report fan-out (clock moved over the API)").AppendLine();
        text.AppendLine("| stage | institutions | until all done | per second | raw tx /s, same rows | at % of raw | peak working set / GC heap |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            text.AppendLine($"| {r.Name} | {r.Count:N0} | {r.Seconds:N1} s | {r.Count / r.Seconds:N0} | {r.Raw:N0} ({r.RawShape}) | {r.Count / r.Seconds / r.Raw:P0} | {r.Memory.WorkingSetMiB:N0} / {r.Memory.HeapMiB:N0} MiB |");
        return text.AppendLine().ToString();
    }

    private static string ListTable(string name, IReadOnlyList<ListRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine($"### {name}: list queries over HTTP (one client, 30 requests each after 3 warm-ups)").AppendLine();
        text.AppendLine("| request | instances | open tasks | median | p95 | peak working set / GC heap |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            text.AppendLine($"| {r.Name} | {r.Instances:N0} | {r.OpenTasks:N0} | {r.MedianMs:N1} ms | {r.P95Ms:N1} ms | {r.Memory.WorkingSetMiB:N0} / {r.Memory.HeapMiB:N0} MiB |");
        return text.AppendLine().ToString();
    }

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
