using System.Collections.Concurrent;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// The open rehearsal sandboxes: at most <see cref="RehearsalOptions.MaxSandboxes"/>, each discarded with its
/// database file when an admin ends it, after <see cref="RehearsalOptions.IdleTimeout"/> unused, or when the
/// app stops. Only reads the real database (definitions to call, notice templates); never writes it.
/// </summary>
public sealed class RehearsalSandboxes(IServiceProvider host, IOptions<RehearsalOptions> options, RehearsalIdleClock idle,
    ILogger<RehearsalSandboxes> log) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, RehearsalSandbox> _open = new();
    private readonly SemaphoreSlim _creating = new(1, 1);

    public string Root => Path.Combine(options.Value.Folder is { Length: > 0 } f ? f : Path.GetTempPath(), "evalworkflows-rehearsals");

    /// <summary>Deploys the draft in a new sandbox and starts it at <paramref name="start"/>; a draft deploy would refuse is refused the same way.</summary>
    public async Task<RehearsalSandbox> CreateAsync(string xml, IDictionary<string, object?> variables, DateTimeOffset start,
        string admin, CancellationToken ct)
    {
        await SweepAsync();
        await _creating.WaitAsync(ct);
        RehearsalSandbox? sandbox = null;
        try
        {
            if (_open.Count >= options.Value.MaxSandboxes)
                throw new ConflictException("REHEARSALS_FULL",
                    $"同时进行的排练已达上限（{options.Value.MaxSandboxes}个），请先结束不再使用的排练，或等待闲置超过{options.Value.IdleTimeout.TotalMinutes:0}分钟的排练自动结束。");
            var id = Guid.NewGuid();
            var folder = Directory.CreateDirectory(Path.Combine(Root, id.ToString("N"))).FullName;
            var clock = new ManualClock(start);
            sandbox = new RehearsalSandbox(id, folder, RehearsalServices.Build(host, Path.Combine(folder, "rehearsal.db"), clock),
                clock, admin, idle.Time);
            await sandbox.CreateDatabaseAsync(ct);
            await CopyDeployedDefinitionsAsync(sandbox, ct);
            var deployed = await sandbox.Engine.DeployAsync(xml, admin, ct);
            sandbox.DefinitionKey = deployed.Key;
            sandbox.StartedAt = start;
            sandbox.InstanceId = await sandbox.Engine.StartAsync(deployed.Key, "排练", new Dictionary<string, object?>(variables), admin, ct);
            _open[id] = sandbox;
            log.LogInformation("Rehearsal {Id} of {Key} opened by {Admin} in {Folder}", id, deployed.Key, admin, folder);
            return sandbox;
        }
        catch
        {
            if (sandbox is not null) await sandbox.DisposeAsync();
            throw;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>The open sandbox, or a 404 the admin can read.</summary>
    public async Task<RehearsalSandbox> GetAsync(Guid id)
    {
        await SweepAsync();
        return _open.TryGetValue(id, out var sandbox) ? sandbox
            : throw new NotFoundException("REHEARSAL_NOT_FOUND", "该排练不存在或已结束（闲置超过时限的排练会自动结束），请从流程编辑页重新开始排练。");
    }

    /// <summary>Ends a sandbox: its engine stops and its folder, database included, is deleted.</summary>
    public async Task<bool> DiscardAsync(Guid id)
    {
        if (!_open.TryRemove(id, out var sandbox)) return false;
        await sandbox.DisposeAsync();
        log.LogInformation("Rehearsal {Id} discarded", id);
        return true;
    }

    /// <summary>Discards every sandbox idle for longer than the timeout.</summary>
    public async Task SweepAsync()
    {
        var before = idle.Time.GetUtcNow() - options.Value.IdleTimeout;
        foreach (var sandbox in _open.Values.Where(s => s.LastUsed < before).ToList())
            await DiscardAsync(sandbox.Id);
    }

    /// <summary>
    /// The latest deployed version of every process, so a draft's call activities reach what they would reach
    /// live. Copied as rows, not deployed: their start timers and message starts stay unarmed in the sandbox.
    /// </summary>
    private async Task CopyDeployedDefinitionsAsync(RehearsalSandbox sandbox, CancellationToken ct)
    {
        List<DefinitionRecord> latest;
        await using (var scope = host.CreateAsyncScope())
        {
            var all = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<DefinitionRecord>().AsNoTracking().ToListAsync(ct);
            latest = all.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).ToList();
        }
        await sandbox.UseAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            db.AddRange(latest);
            return await db.SaveChangesAsync(ct);
        }, ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _open.Keys.ToList()) await DiscardAsync(id);
    }
}

/// <summary>Sweeps idle sandboxes every few minutes, so one nobody returns to does not keep its file for long.</summary>
internal sealed class RehearsalSweeper(RehearsalSandboxes sandboxes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken)) await sandboxes.SweepAsync();
    }
}
