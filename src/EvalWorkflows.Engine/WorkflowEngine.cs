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
    StepConnections connections,
    IOptions<EngineOptions> options,
    IOptions<EngineLimits> limits,
    ILogger<WorkflowEngine> logger)
{
    private readonly EngineOptions _options = options.Value;
    private readonly EngineLimits _limits = limits.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>How many elements one command may park under incidents before it is refused.</summary>
    private const int MaxParkedPerCommand = 10;

    /// <summary>
    /// How often a command is read and run again after another step committed on the same instance between its read
    /// and its write (nothing of it was written). Once more is usually enough: the command then goes through (it
    /// touched another task or branch) or is refused for the reason the new state gives (TASK_NOT_OPEN naming who
    /// completed the task) rather than a bare conflict the user must retry by hand.
    /// </summary>
    private const int MaxRacesPerCommand = 3;

    /// <summary>
    /// Runs <paramref name="work"/> as one committed step, then schedules and runs what it queued. Where the step
    /// fails on entering an element in a way a retry cannot change, it is rolled back and tried again with a token
    /// parked at that element under an incident (<see cref="InstanceRun.Park"/>): the user's command stands and the
    /// failure waits for an admin. A limit (a loop without a wait, too many branches) still refuses the command, and
    /// so does a failure that is not on entering an element (the same error comes back on the next try).
    /// </summary>
    private async Task<T> CommandAsync<T>(string? actor, Func<Step, Task<T>> work, CancellationToken ct)
    {
        var parkAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var races = 0;
        while (true)
        {
            (T Result, List<JobRecord> NewJobs) committed;
            try
            {
                committed = await InTransactionAsync(actor, work, ct, parkAt);
            }
            catch (ElementFailedException e) when (e is not LimitExceededException && e.ElementId.Length > 0
                && parkAt.Count < MaxParkedPerCommand && parkAt.TryAdd(e.ElementId, e.Message))
            {
                logger.LogWarning(e, "Element {ElementId} failed in a command; the command is kept and the token parked with an incident.", e.ElementId);
                continue;
            }
            catch (ChangedMeanwhileException) when (++races < MaxRacesPerCommand)
            {
                continue;
            }
            // Only the step itself is run again: what it queued ran once it had committed, and is not repeated.
            await RunContinuationsAsync(committed.NewJobs, ct);
            return committed.Result;
        }
    }

    private async Task<(T Result, List<JobRecord> NewJobs)> InTransactionAsync<T>(string? actor, Func<Step, Task<T>> work, CancellationToken ct,
        IReadOnlyDictionary<string, string>? parkAt = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
        if (StepWrites.TablesOf(db).Prepared) await connections.KeepOpenAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var step = new Step
        {
            Db = db, Now = clock.GetUtcNow(), Actor = actor, Expressions = expressions, Definitions = definitions,
            Services = scope.ServiceProvider, Cancellation = ct, Limits = _limits,
            LocalOffset = _options.LocalOffset, ParkAt = parkAt is { Count: > 0 } ? parkAt : null,
        };
        var result = await work(step);
        step.Flush();
        // Changes are detected once, here: SaveChanges need not look again.
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // The journal is append-only: no command, handler included, may rewrite or erase what happened.
        if (db.ChangeTracker.Entries<HistoryRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("History rows are append-only; a step tried to change or delete one.");
        try
        {
            // The engine's own rows go as one command; a step with the host's rows too is saved as EF Core saves
            // it (its events raised), and its journal rows follow.
            var changes = StepWrites.EngineChanges(db);
            if (changes is null) await db.SaveChangesAsync(ct);
            await StepWrites.WriteAsync(db, changes ?? [], step.HistoryRows, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ChangedMeanwhileException();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        await AfterCommitAsync(scope.ServiceProvider, step.NewJobs, ct);
        return (result, step.NewJobs);
    }

    /// <summary>
    /// Timers handed to the schedulers, then the observers told, from the committed step's own scope. Neither can
    /// undo the step: a schedule that fails is the sweep's to fire (the job row is the source of truth).
    /// </summary>
    private async Task AfterCommitAsync(IServiceProvider services, List<JobRecord> newJobs, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var scheduler in services.GetServices<IJobScheduler>())
            foreach (var job in newJobs)
            {
                if (job.DueAt <= now) continue;
                try { scheduler.Schedule(job.Id, job.DueAt); }
                catch (Exception e) { logger.LogWarning(e, "Scheduling job {JobId} failed; the sweep fires it when due.", job.Id); }
            }
        foreach (var observer in services.GetServices<IWorkflowCommitObserver>())
        {
            try { await observer.OnCommittedAsync(ct); }
            catch (Exception e) { logger.LogWarning(e, "A commit observer failed; the step stands."); }
        }
    }

    /// <summary>Continuations (service tasks) run right away, each as its own step, so a caller sees their effect.</summary>
    private async Task RunContinuationsAsync(List<JobRecord> newJobs, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var job in newJobs)
            if (job.Kind == JobKind.Continuation && job.DueAt <= now) await ExecuteJobAsync(job.Id, ct);
    }
}
