using EvalWorkflows.Engine;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Data;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// One rehearsal: its own engine over its own SQLite file in its own folder, its own manual clock, the draft
/// deployed there and one instance of it. Commands run one at a time (<see cref="UseAsync{T}"/>); disposing
/// it closes the engine and deletes the folder with the database.
/// </summary>
public sealed class RehearsalSandbox : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ServiceProvider _services;

    private readonly TimeProvider _idle;

    internal RehearsalSandbox(Guid id, string folder, ServiceProvider services, ManualClock clock, string createdBy, TimeProvider idle)
    {
        (Id, Folder, _services, Clock, CreatedBy, _idle) = (id, folder, services, clock, createdBy, idle);
        LastUsed = idle.GetUtcNow();
    }

    public Guid Id { get; }
    /// <summary>The folder holding the sandbox's database file; gone once the sandbox is discarded.</summary>
    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "rehearsal.db");
    public ManualClock Clock { get; }
    public string CreatedBy { get; }
    /// <summary>When an admin last used it, on the <see cref="RehearsalIdleClock"/> (system time by default).</summary>
    public DateTimeOffset LastUsed { get; private set; }
    public string DefinitionKey { get; internal set; } = "";
    public string? DefinitionName { get; internal set; }
    public Guid InstanceId { get; internal set; }
    public DateTimeOffset StartedAt { get; internal set; }

    public WorkflowEngine Engine => _services.GetRequiredService<WorkflowEngine>();
    public ClockAdvancer Advancer => _services.GetRequiredService<ClockAdvancer>();

    /// <summary>Runs <paramref name="work"/> alone on this sandbox with a fresh scope (its own DbContext).</summary>
    public async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            LastUsed = _idle.GetUtcNow();
            await using var scope = _services.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal async Task CreateDatabaseAsync(CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreatedAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await _services.DisposeAsync();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        finally
        {
            _gate.Release();
        }
    }
}
