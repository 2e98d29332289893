using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Clock;

/// <summary>
/// Moves the manual clock forward as if time had passed: it stops at each instant a job falls due on the way,
/// runs what is due there, then goes on. So a cycle fires once per occurrence at its own instant, and a timer
/// armed by an earlier timer fires at its own due time, not all of them at the target.
/// </summary>
public sealed class ClockAdvancer(
    ManualClock clock, WorkflowEngine engine, IServiceScopeFactory scopes, ILogger<ClockAdvancer> logger)
{
    // Two advances at once would interleave their stops; one walk at a time.
    private readonly SemaphoreSlim _walking = new(1, 1);

    public async Task<int> AdvanceToAsync(DateTimeOffset target, CancellationToken ct)
    {
        await _walking.WaitAsync(ct);
        try
        {
            var fired = await SettleAsync(ct);
            while (await NextDueAsync(target, ct) is { } next)
            {
                clock.MoveTo(next);
                fired += await SettleAsync(ct);
            }
            if (target > clock.GetUtcNow()) clock.MoveTo(target);
            fired += await SettleAsync(ct);
            logger.LogInformation("Manual clock advanced to {Now}; {Fired} jobs fired", target, fired);
            return fired;
        }
        finally
        {
            _walking.Release();
        }
    }

    /// <summary>The earliest job due after now and no later than the target; failed jobs waiting for an admin are skipped.</summary>
    private async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset target, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var next = await db.Set<JobRecord>()
            .Where(j => !j.Suspended && j.DueAt > now && j.DueAt <= target)
            .OrderBy(j => j.DueAt).Select(j => (DateTimeOffset?)j.DueAt).FirstOrDefaultAsync(ct);
        return next;
    }

    /// <summary>Runs due jobs until none fires, then lets the listeners do their time-driven work.</summary>
    private async Task<int> SettleAsync(CancellationToken ct)
    {
        var total = 0;
        int fired;
        do
        {
            fired = await engine.RunDueJobsAsync(ct);
            total += fired;
        } while (fired > 0);

        await using var scope = scopes.CreateAsyncScope();
        foreach (var listener in scope.ServiceProvider.GetServices<IClockAdvancedListener>())
            await listener.OnClockAdvancedAsync(clock.GetUtcNow(), ct);
        return total;
    }
}
