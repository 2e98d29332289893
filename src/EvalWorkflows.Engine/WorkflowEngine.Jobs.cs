using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvalWorkflows.Engine;

public sealed partial class WorkflowEngine
{
    private const string SystemActor = "system";
    /// <summary>Who "resolved" an incident whose step was cancelled (a boundary event or terminate end).</summary>
    public const string CancelledWithStep = "cancelled";

    /// <summary>
    /// Fires one job if it is still there and due. Idempotent: a job fired twice (a Hangfire job and the sweep,
    /// or two nodes) runs once; the loser finds it claimed (skipped, never waited on), gone, or loses the
    /// concurrency check. A failure is recorded on the job (retry with back-off, then an incident); it never
    /// escapes to the caller.
    /// </summary>
    public async Task<bool> ExecuteJobAsync(Guid jobId, CancellationToken ct = default)
    {
        List<JobRecord> newJobs;
        bool fired;
        try
        {
            (fired, newJobs) = await InTransactionAsync(SystemActor, step => FireAsync(step, jobId), ct);
        }
        catch (ConflictException)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(jobId, e, ct);
            return false;
        }
        await RunContinuationsAsync(newJobs, ct);
        return fired;
    }

    private static async Task<bool> FireAsync(Step step, Guid jobId)
    {
        // A job another node is firing right now reads as absent: it is that node's, and this one moves on. On
        // SQLite the step's transaction is the claim, and the job comes with its instance's rows.
        var loaded = await step.LoadRunOfJobAsync(jobId);
        var job = loaded is not null
            ? loaded.Jobs.FirstOrDefault(j => j.Id == jobId)
            : await step.Db.FindUnclaimedAsync<JobRecord>(jobId, step.Cancellation);
        if (job is null || job.Suspended || job.DueAt > step.Now)
        {
            // Nothing fires, so nothing is written: the instance read with the job keeps its revision.
            if (loaded is not null) step.Unload(loaded);
            return false;
        }
        if (job.Kind == JobKind.StartTimer)
        {
            var def = await step.DefinitionAsync(job.DefinitionId!.Value);
            Rearm(step, job);
            var run = await step.StartAsync(def, def.Graph[job.ElementId], null, null);
            run.History(HistoryEvents.TimerFired, run.Graph[job.ElementId], new { dueAt = job.DueAt });
            return true;
        }
        var instanceRun = await step.LoadRunAsync(job.InstanceId!.Value);
        var owner = instanceRun.Tokens.FirstOrDefault(t => t.Id == job.TokenId);
        if ((owner is null && job.TokenId is not null) || instanceRun.Finished)
        {
            instanceRun.Jobs.Remove(job);
            step.Db.Remove(job);
            return false;
        }
        var node = instanceRun.Graph[job.ElementId];
        if (job.Kind == JobKind.Reentry)
        {
            await instanceRun.ReenterAsync(owner!); // removes the job with its token
            return true;
        }
        if (job.Kind == JobKind.Continuation)
        {
            instanceRun.Jobs.Remove(job);
            step.Db.Remove(job);
            await instanceRun.ResumeAsync(owner!, HandlerDue.Now);
            return true;
        }
        instanceRun.History(HistoryEvents.TimerFired, node, new { dueAt = job.DueAt });
        if (node.Kind is NodeKind.BoundaryEvent or NodeKind.StartEvent && !node.CancelActivity && job.Interval is not null) Rearm(step, job);
        else { instanceRun.Jobs.Remove(job); step.Db.Remove(job); }
        await Behaviors.For(node).TriggerAsync(instanceRun, node, owner);
        await instanceRun.RunAsync();
        return true;
    }

    /// <summary>A cycle moves on to its next occurrence; the last one removes the row.</summary>
    private static void Rearm(Step step, JobRecord job)
    {
        var next = job.Interval is null ? null : TimerExpressions.Next(job.Interval, job.RepeatsLeft, job.DueAt);
        if (next is null) { step.Db.Remove(job); return; }
        job.DueAt = next.DueAt;
        job.RepeatsLeft = next.RepeatsLeft;
        job.Revision++;
        step.NewJobs.Add(job);
    }

    private async Task RecordFailureAsync(Guid jobId, Exception error, CancellationToken ct)
    {
        logger.LogWarning(error, "Job {JobId} failed", jobId);
        var message = error is WorkflowException ? error.Message : $"{error.GetType().Name}: {error.Message}";
        try
        {
            var (retryAt, _) = await InTransactionAsync(SystemActor, async step =>
            {
                var job = await step.Db.Set<JobRecord>().FirstOrDefaultAsync(j => j.Id == jobId, ct);
                if (job is null) return (DateTimeOffset?)null;
                job.Attempts++;
                job.LastError = message;
                job.Revision++;
                // Over a limit, an uncaught BPMN error, a condition over an undefined variable: a retry would only
                // fail the same way, so the incident is raised at once, on the element.
                var (atOnce, node) = error is ElementFailedException e ? (true, e.ElementId) : (false, job.ElementId);
                if (job.InstanceId is not { } instanceId)
                {
                    job.Suspended = true;
                    return null;
                }
                var history = new HistoryRecord
                {
                    InstanceId = instanceId, At = step.Now, ElementId = node, Actor = SystemActor,
                    Event = HistoryEvents.HandlerFailed, DataJson = System.Text.Json.JsonSerializer.Serialize(new { attempt = job.Attempts, error = message }),
                };
                step.HistoryRows.Add(history);
                if (atOnce || job.Attempts >= _options.MaxAttempts)
                {
                    job.Suspended = true;
                    var incident = new IncidentRecord
                    {
                        Id = step.NewId(), InstanceId = instanceId, JobId = job.Id, ElementId = node, Error = message, RaisedAt = step.Now,
                    };
                    step.Db.Add(incident);
                    step.HistoryRows.Add(new HistoryRecord
                    {
                        InstanceId = instanceId, At = step.Now, ElementId = node, Actor = SystemActor, Event = HistoryEvents.IncidentRaised,
                        DataJson = System.Text.Json.JsonSerializer.Serialize(new { incidentId = incident.Id, error = message }),
                    });
                    return null;
                }
                job.DueAt = step.Now + _options.RetryBackoff * Math.Pow(2, job.Attempts - 1);
                return job.DueAt;
            }, ct);
            if (retryAt is { } at)
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var s in scope.ServiceProvider.GetServices<IJobScheduler>()) s.Schedule(jobId, at);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job row is unchanged, so the sweep tries it again: nothing is lost.
            logger.LogError(e, "Recording the failure of job {JobId} failed", jobId);
        }
    }

    /// <summary>
    /// Fires every job due by now (timers, continuations, retries) until none is left. A cycle re-armed to an
    /// instant that is still due fires again, once per occurrence. Where claims skip rows another transaction holds
    /// (PostgreSQL, see <see cref="RowClaims"/>) up to <see cref="EngineOptions.ParallelJobs"/> jobs run side by
    /// side, one instance's jobs always one after another; on SQLite, whose one writer would only queue them, one
    /// at a time.
    /// </summary>
    public async Task<int> RunDueJobsAsync(CancellationToken ct = default)
    {
        var tried = new HashSet<(Guid, long)>();
        var fired = 0;
        var parallel = 1;
        while (tried.Count < _options.MaxJobsPerSweep)
        {
            List<DueJob> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
                parallel = RowClaims.SkipsLockedRows(db) ? Math.Max(1, _options.ParallelJobs) : 1;
                var now = clock.GetUtcNow();
                // A job fired is gone or re-armed to a new instant (a new key); only those tried and not fired can
                // still stand before the fresh ones, so the page need not grow with every job fired.
                due = await DueJobs(db, now).Take(tried.Count - fired + DuePage).ToListAsync(ct);
            }
            var fresh = due.Where(j => tried.Add((j.Id, j.DueAt.UtcTicks))).ToList();
            if (fresh.Count == 0) break;
            fired += await FireAsync(fresh, parallel, ct);
        }
        return fired;
    }

    /// <summary>Due jobs read per page of a sweep.</summary>
    private const int DuePage = 50;

    internal sealed record DueJob(Guid Id, DateTimeOffset DueAt, Guid? InstanceId);

    /// <summary>The jobs due by <paramref name="now"/>, in the order they fire; read in the order of the (DueAt, CreatedAt, Id) index.</summary>
    internal static IQueryable<DueJob> DueJobs(DbContext db, DateTimeOffset now) =>
        db.Set<JobRecord>().Where(j => !j.Suspended && j.DueAt <= now)
            .OrderBy(j => j.DueAt).ThenBy(j => j.CreatedAt).ThenBy(j => j.Id)
            .Select(j => new DueJob(j.Id, j.DueAt, j.InstanceId));

    /// <summary>Fires the jobs, in their due order within each instance (and start timers each on their own).</summary>
    private async Task<int> FireAsync(List<DueJob> jobs, int parallel, CancellationToken ct)
    {
        var fired = 0;
        if (parallel == 1)
        {
            foreach (var job in jobs)
                if (await ExecuteJobAsync(job.Id, ct)) fired++;
            return fired;
        }
        var perInstance = jobs.GroupBy(j => j.InstanceId ?? j.Id);
        await Parallel.ForEachAsync(perInstance, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (group, token) =>
        {
            foreach (var job in group)
                if (await ExecuteJobAsync(job.Id, token)) Interlocked.Increment(ref fired);
        });
        return fired;
    }

    /// <summary>
    /// An admin retries an incident: its job runs once more right away; a further failure raises a new incident.
    /// </summary>
    public async Task RetryIncidentAsync(Guid incidentId, string? actor, CancellationToken ct = default)
    {
        var (jobId, _) = await InTransactionAsync(actor, async step =>
        {
            var incident = await step.Db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct)
                ?? throw new NotFoundException("INCIDENT_NOT_FOUND", $"故障 {incidentId} 不存在。");
            if (incident.ResolvedBy == CancelledWithStep)
                throw new ConflictException("INCIDENT_OBSOLETE", "该故障所在的步骤已被取消（流程已转向其他分支），无需也无法重试。");
            if (incident.ResolvedAt is not null)
                throw new ConflictException("INCIDENT_RESOLVED", $"该故障已由 {incident.ResolvedBy} 处理。");
            var job = await step.Db.Set<JobRecord>().FirstOrDefaultAsync(j => j.Id == incident.JobId, ct)
                ?? throw new ConflictException("INCIDENT_OBSOLETE", "该故障所在的步骤已被取消（流程已转向其他分支），无需重试。");
            incident.ResolvedAt = step.Now;
            incident.ResolvedBy = actor;
            job.Suspended = false;
            job.Attempts = _options.MaxAttempts - 1;
            job.DueAt = step.Now;
            job.Revision++;
            step.HistoryRows.Add(new HistoryRecord
            {
                InstanceId = incident.InstanceId, At = step.Now, ElementId = incident.ElementId, Actor = actor,
                Event = HistoryEvents.IncidentResolved, DataJson = System.Text.Json.JsonSerializer.Serialize(new { incidentId }),
            });
            return job.Id;
        }, ct);
        await ExecuteJobAsync(jobId, ct);
    }

    /// <summary>
    /// Hands the schedulers every job falling due within <paramref name="horizon"/> from now (the sweep's look-ahead
    /// for timers armed further ahead than a scheduler takes them). A job handed over twice still fires once.
    /// </summary>
    public async Task<int> ScheduleDueWithinAsync(TimeSpan horizon, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
        var now = clock.GetUtcNow();
        var until = now + horizon;
        var soon = await db.Set<JobRecord>().Where(j => !j.Suspended && j.DueAt > now && j.DueAt <= until)
            .Select(j => new { j.Id, j.DueAt }).ToListAsync(ct);
        foreach (var scheduler in scope.ServiceProvider.GetServices<IJobScheduler>())
            foreach (var job in soon) scheduler.Schedule(job.Id, job.DueAt);
        return soon.Count;
    }

    /// <summary>The earliest instant at which a job is due, for clocks that walk time forward job by job.</summary>
    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType.Type);
        return await db.Set<JobRecord>().Where(j => !j.Suspended).OrderBy(j => j.DueAt)
            .Select(j => (DateTimeOffset?)j.DueAt).FirstOrDefaultAsync(ct);
    }
}

