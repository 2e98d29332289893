using System.Diagnostics;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Benchmarks;

/// <summary>One list request timed at one database size.</summary>
internal sealed record ListRow(string Name, int Instances, int OpenTasks, double MedianMs, double P95Ms, PeakMemory Memory);

/// <summary>
/// The lists people and clients page through, asked over HTTP exactly as the browser and API clients ask them
/// (so the product's own queries run, not a copy), at growing numbers of instances. Instances beyond those the
/// earlier rows left are written straight into the database in bulk: running, each with one open task of the
/// clerk's or the supervisor's role, due over the coming months, so the clerk's inbox holds half of them.
/// </summary>
internal sealed class ListQueries(ServerHost server)
{
    private const int Samples = 30, Warmup = 3;

    public List<ListRow> Rows { get; } = [];

    private static readonly (string Name, string User, string Path)[] Requests =
    [
        ("task inbox, first page (GET /api/tasks)", "clerk", "/api/tasks"),
        ("task inbox page (GET /tasks)", "clerk", "/tasks"),
        ("instance list, first page (GET /api/instances)", "auditor", "/api/instances"),
        ("instance list, page 100 (GET /api/instances?page=100)", "auditor", "/api/instances?page=100"),
        ("instance list page (GET /instances)", "auditor", "/instances"),
    ];

    public async Task RunAsync(IEnumerable<int> sizes)
    {
        using (var admin = await server.SignInAsync("admin")) await ServerHost.DeployAsync(admin, Processes.Review);
        foreach (var size in sizes)
        {
            var (instances, openTasks) = await SeedToAsync(size);
            foreach (var (name, user, path) in Requests)
            {
                using var http = await server.SignInAsync(user);
                var memory = PeakMemory.Watch();
                var times = new double[Samples];
                for (var i = -Warmup; i < Samples; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync(path);
                    await response.Content.LoadIntoBufferAsync();
                    response.EnsureSuccessStatusCode();
                    if (i >= 0) times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
                await memory.DisposeAsync();
                Array.Sort(times);
                var row = new ListRow(name, instances, openTasks, HttpLoad.Percentile(times, 0.5), HttpLoad.Percentile(times, 0.95), memory);
                Console.WriteLine($"{name} at {instances:N0} instances ({openTasks:N0} open tasks): median {row.MedianMs:N1} ms, p95 {row.P95Ms:N1} ms; {memory}");
                Rows.Add(row);
            }
        }
    }

    /// <summary>Adds running instances with one open task each until the database holds <paramref name="size"/> instances.</summary>
    private async Task<(int Instances, int OpenTasks)> SeedToAsync(int size)
    {
        int existing;
        Guid definition;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            existing = await db.Set<InstanceRecord>().CountAsync();
            definition = await db.Set<DefinitionRecord>().Where(d => d.Key == "bench-review").Select(d => d.Id).SingleAsync();
        }
        var now = server.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var spent = new Spent();
        var added = Enumerable.Range(existing, Math.Max(0, size - existing)).Select(i => Running(definition, now, i)).ToList();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, added.Select(a => a.Instance).ToList());
            await BulkRows.InsertAsync(db, added.Select(a => a.Token).ToList());
            await BulkRows.InsertAsync(db, added.Select(a => a.Task).ToList());
            await tx.CommitAsync();
        }
        Console.WriteLine($"lists: {added.Count:N0} running instances with an open task seeded in {spent}");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return (await db.Set<InstanceRecord>().CountAsync(), await db.Set<UserTaskRecord>().CountAsync(t => t.Status == TaskStatus.Open));
        }
    }

    /// <summary>A running instance waiting at its review task, the rows the engine leaves after a start.</summary>
    private static (InstanceRecord Instance, TokenRecord Token, UserTaskRecord Task) Running(Guid definition, DateTimeOffset now, int i)
    {
        var (id, token, key) = (Guid.NewGuid(), Guid.NewGuid(), $"L-{i}");
        var started = now.AddMinutes(-i);
        return (
            new InstanceRecord
            {
                Id = id, DefinitionId = definition, DefinitionKey = "bench-review", Version = 1, BusinessKey = key,
                Status = InstanceStatus.Running, StartedAt = started, StartedBy = "bench",
            },
            new TokenRecord { Id = token, InstanceId = id, ElementId = "review", CreatedAt = started },
            new UserTaskRecord
            {
                Id = Guid.NewGuid(), InstanceId = id, TokenId = token, ElementId = "review", Name = $"审核 {key}",
                DefinitionKey = "bench-review", BusinessKey = key, CandidateRole = i % 2 == 0 ? "clerk" : "supervisor",
                DueAt = now.AddHours(i % 2_000), CreatedAt = started, Status = TaskStatus.Open,
            });
    }
}
