using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests.Support;

/// <summary>
/// A real engine on a real SQLite file and a fake clock. Build one per test with <see cref="EngineHostBuilder"/>;
/// a second host on the same file simulates a restart.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    public required ServiceProvider Services { get; init; }
    public required FakeTimeProvider Clock { get; init; }
    public required string DatabaseFile { get; init; }
    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public static string BpmnPath(string name) => Path.Combine(AppContext.BaseDirectory, "Bpmn", name);

    public Task<DeployResult> DeployAsync(string file) => Engine.DeployAsync(File.ReadAllText(BpmnPath(file)), "tester");

    public Task<Guid> StartAsync(string key, string? businessKey = null, object? variables = null) =>
        Engine.StartAsync(key, businessKey, Vars(variables), "tester");

    public static Dictionary<string, object?>? Vars(object? anonymous) => anonymous?.GetType().GetProperties()
        .ToDictionary(p => p.Name, p => p.GetValue(anonymous));

    /// <summary>
    /// Walks the fake clock forward job by job, firing each at its own instant as a running server would,
    /// then stops at the target.
    /// </summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        var target = Clock.GetUtcNow() + by;
        var fired = 0;
        while (await Engine.NextDueAtAsync() is { } next && next <= target)
        {
            if (next > Clock.GetUtcNow()) Clock.SetUtcNow(next);
            var n = await Engine.RunDueJobsAsync();
            fired += n;
            if (n == 0 && next <= Clock.GetUtcNow() && await Engine.NextDueAtAsync() == next) break;
        }
        Clock.SetUtcNow(target);
        return fired + await Engine.RunDueJobsAsync();
    }

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<List<UserTaskRecord>> OpenTasksAsync(Guid instanceId) => QueryAsync(db =>
        db.Set<UserTaskRecord>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatus.Open)
            .OrderBy(t => t.ElementId).ToListAsync());

    public async Task<UserTaskRecord> SingleTaskAsync(Guid instanceId) => Assert.Single(await OpenTasksAsync(instanceId));

    public Task<InstanceRecord> InstanceAsync(Guid id) => QueryAsync(db => db.Set<InstanceRecord>().SingleAsync(i => i.Id == id));

    public Task<List<string>> ActiveElementsAsync(Guid id) => QueryAsync(db =>
        db.Set<TokenRecord>().Where(t => t.InstanceId == id).Select(t => t.ElementId).OrderBy(e => e).ToListAsync());

    public Task<List<HistoryRecord>> HistoryAsync(Guid id) => QueryAsync(db =>
        db.Set<HistoryRecord>().Where(h => h.InstanceId == id).OrderBy(h => h.Id).ToListAsync());

    public Task<List<JobRecord>> JobsAsync(Guid id) => QueryAsync(db =>
        db.Set<JobRecord>().Where(j => j.InstanceId == id).ToListAsync());

    public async Task<Dictionary<string, object?>> VariablesAsync(Guid id) =>
        Expressions.ScriptValues.ParseJson((await InstanceAsync(id)).VariablesJson);

    public async Task CompleteAsync(Guid instanceId, string elementId, string? outcome = null, object? data = null)
    {
        var task = (await OpenTasksAsync(instanceId)).Single(t => t.ElementId == elementId);
        await Engine.CompleteTaskAsync(task.Id, outcome, Vars(data), "clerk1");
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}

public sealed class EngineHostBuilder
{
    private readonly List<Action<IServiceCollection>> _configure = [];
    private string? _file;
    private FakeTimeProvider? _clock;
    private bool _pooled;

    public EngineHostBuilder With(Action<IServiceCollection> configure) { _configure.Add(configure); return this; }

    /// <summary>Reuses a database file and clock, as a restarted process would.</summary>
    public EngineHostBuilder RestartOf(EngineHost previous) { _file = previous.DatabaseFile; _clock = previous.Clock; return this; }

    /// <summary>Pooled contexts, as the server registers them: each keeps its connection from one step to the next.</summary>
    public EngineHostBuilder Pooled() { _pooled = true; return this; }

    public async Task<EngineHost> BuildAsync()
    {
        var file = _file ?? Path.Combine(Path.GetTempPath(), $"ew-engine-{Guid.NewGuid():N}.db");
        var clock = _clock ?? new FakeTimeProvider(EngineHost.DefaultStart);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        if (_pooled) services.AddDbContextPool<TestDbContext>(o => o.UseSqlite($"Data Source={file}"));
        else services.AddDbContext<TestDbContext>(o => o.UseSqlite($"Data Source={file}"));
        services.AddWorkflowEngine<TestDbContext>(o =>
        {
            o.RetryBackoff = TimeSpan.FromMinutes(1);
            o.LocalOffset = EngineHost.DefaultStart.Offset; // dates without an offset are read as these tests' (UTC+8)
        });
        foreach (var c in _configure) c(services);
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        return new EngineHost { Services = provider, Clock = clock, DatabaseFile = file };
    }
}
