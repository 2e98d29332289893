using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// The rows of an instance a step loads with it: its tokens, jobs, waits and open tasks, tracked. On SQLite they are
/// read through commands kept per connection (<see cref="PreparedStepCommands"/>), on other providers through the
/// compiled queries of <see cref="StepQueries"/>; both give the objects the context tracks.
/// </summary>
internal static class StepReads
{
    public static async Task<InstanceRecord?> InstanceAsync(DbContext db, Guid id, CancellationToken ct) =>
        StepWrites.TablesOf(db).InstanceById is { } select
            ? Single<InstanceRecord>(db, select, id, ct)
            : await StepQueries.Of(db).Instance(db, id, ct);

    /// <summary>The instance the user task <paramref name="taskId"/> belongs to, in one read with the task's key.</summary>
    public static async Task<InstanceRecord?> InstanceOfTaskAsync(DbContext db, Guid taskId, CancellationToken ct) =>
        StepWrites.TablesOf(db).InstanceOfTask is { } select
            ? Single<InstanceRecord>(db, select, taskId, ct)
            : await StepQueries.Of(db).InstanceOfTask(db, taskId, ct);

    /// <summary>
    /// The instance the job <paramref name="jobId"/> belongs to, in one read, where reads run prepared (SQLite, whose
    /// step transaction already holds the only write lock); null where there is none, or on other providers, whose
    /// claims must lock the job's row itself (<see cref="RowClaims"/>).
    /// </summary>
    public static InstanceRecord? InstanceOfJob(DbContext db, Guid jobId, CancellationToken ct) =>
        StepWrites.TablesOf(db).InstanceOfJob is { } select ? Single<InstanceRecord>(db, select, jobId, ct) : null;

    /// <summary>The id of the latest deployed version of <paramref name="key"/>, or null when none is.</summary>
    public static async Task<Guid?> LatestDefinitionIdAsync(DbContext db, string key, CancellationToken ct) =>
        StepWrites.TablesOf(db).LatestDefinitionId is { } select
            ? PreparedStepCommands.ReadKey(db, select, key, ct)
            : await StepQueries.Of(db).LatestDefinitionId(db, key, ct);

    public static Task<List<TokenRecord>> TokensAsync(DbContext db, Guid instanceId, CancellationToken ct) =>
        OfInstanceAsync(db, instanceId, static q => q.Tokens, static t => t.TokensOfInstance, ct);

    public static Task<List<JobRecord>> JobsAsync(DbContext db, Guid instanceId, CancellationToken ct) =>
        OfInstanceAsync(db, instanceId, static q => q.Jobs, static t => t.JobsOfInstance, ct);

    public static Task<List<SubscriptionRecord>> SubscriptionsAsync(DbContext db, Guid instanceId, CancellationToken ct) =>
        OfInstanceAsync(db, instanceId, static q => q.Subscriptions, static t => t.SubscriptionsOfInstance, ct);

    public static Task<List<UserTaskRecord>> OpenTasksAsync(DbContext db, Guid instanceId, CancellationToken ct)
    {
        if (StepWrites.TablesOf(db).OpenTasksOfInstance is not { } select)
            return StepQueries.ListAsync(StepQueries.Of(db).OpenTasks(db, instanceId), ct);
        return Task.FromResult(PreparedStepCommands.Read<UserTaskRecord>(db, select, [instanceId, TaskStatus.Open], ct));
    }

    private static T? Single<T>(DbContext db, StepStatement select, Guid key, CancellationToken ct) where T : class =>
        PreparedStepCommands.Read<T>(db, select, [key], ct) is [var row] ? row : null;

    private static Task<List<T>> OfInstanceAsync<T>(DbContext db, Guid instanceId, Func<StepQueries, Func<DbContext, Guid, IAsyncEnumerable<T>>> query,
        Func<StepWrites.Tables, StepStatement?> select, CancellationToken ct) where T : class =>
        select(StepWrites.TablesOf(db)) is { } statement
            ? Task.FromResult(PreparedStepCommands.Read<T>(db, statement, [instanceId], ct))
            : StepQueries.ListAsync(query(StepQueries.Of(db))(db, instanceId), ct);
}
