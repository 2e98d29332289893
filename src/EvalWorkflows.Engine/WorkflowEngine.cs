using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Engine;

/// <summary>
/// The engine's front door. Every command runs in its own DI scope, DbContext and transaction: it loads the
/// instances it touches, moves their tokens to the next wait states, and commits state, tasks, jobs,
/// subscriptions, history and the handlers' own rows at once. Optimistic concurrency on the instance row
/// (and IMMEDIATE transactions on SQLite) make two racing commands give one success and one conflict.
/// </summary>
public sealed partial class WorkflowEngine(
    IServiceScopeFactory scopes,
    EngineDbContextType contextType,
    DefinitionCache definitions,
    ScribanExpressions expressions,
    TimeProvider clock,
    IOptions<EngineOptions> options,
    IOptions<EngineLimits> limits,
    ILogger<WorkflowEngine> logger)
{
    private readonly EngineOptions _options = options.Value;
    private readonly EngineLimits _limits = limits.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// Runs <paramref name="work"/> as one committed step, then schedules and runs what it queued. Where the step
    /// fails on entering an element in a way a retry cannot change, it is rolled back and tried again with a token
    /// parked at that element under an incident (<see cref="InstanceRun.Park"/>): the user's command stands and the
    /// failure waits for an admin. A limit (a loop without a wait, too many branches) still refuses the command, and
    /// so does a failure that is not on entering an element (the same error comes back on the next try).
    /// </summary>
    private const int MaxParkedPerCommand = 10;

    private async Task<T> CommandAsync<T>(string? actor, Func<Step, Task<T>> work, CancellationToken ct)
    {
        var parkAt = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                var (result, newJobs) = await InTransactionAsync(actor, work, ct, parkAt);
                await AfterCommitAsync(newJobs, ct);
                return result;
            }
            catch (ElementFailedException e) when (e is not LimitExceededException && e.ElementId.Length > 0
                && parkAt.Count < MaxParkedPerCommand && parkAt.TryAdd(e.ElementId, e.Message))
            {
                logger.LogWarning(e, "Element {ElementId} failed in a command; the command is kept and the token parked with an incident.", e.ElementId);
            }
        }
    }

    private async Task<(T Result, List<JobRecord> NewJobs)> InTransactionAsync<T>(string? actor, Func<Step, Task<T>> work, CancellationToken ct,
        IReadOnlyDictionary<string, string>? parkAt = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var step = new Step
        {
            Db = db, Now = clock.GetUtcNow(), Actor = actor, Expressions = expressions, Definitions = definitions,
            Services = scope.ServiceProvider, Cancellation = ct, Limits = _limits,
            LocalOffset = _options.LocalOffset, ParkAt = parkAt is { Count: > 0 } ? parkAt : null,
        };
        var result = await work(step);
        step.Flush();
        // The journal is append-only: no command, handler included, may rewrite or erase what happened.
        if (db.ChangeTracker.Entries<HistoryRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("History rows are append-only; a step tried to change or delete one.");
        try
        {
            await db.SaveChangesAsync(ct);
            await HistoryInserts.InsertAsync(db, step.HistoryRows, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("CONFLICT", "该流程步骤已被他人同时处理，本次操作未生效，请刷新后重试。");
        }
        return (result, step.NewJobs);
    }

    private async Task AfterCommitAsync(List<JobRecord> newJobs, CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var scheduler in scope.ServiceProvider.GetServices<IJobScheduler>())
                foreach (var job in newJobs.Where(j => j.DueAt > clock.GetUtcNow()))
                    scheduler.Schedule(job.Id, job.DueAt);
            foreach (var observer in scope.ServiceProvider.GetServices<IWorkflowCommitObserver>())
            {
                try { await observer.OnCommittedAsync(ct); }
                catch (Exception e) { logger.LogWarning(e, "A commit observer failed; the step stands."); }
            }
        }
        // Continuations (service tasks) run right away, each as its own step, so a caller sees their effect.
        foreach (var job in newJobs.Where(j => j.Kind == JobKind.Continuation && j.DueAt <= clock.GetUtcNow()))
            await ExecuteJobAsync(job.Id, ct);
    }
}
