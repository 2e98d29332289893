using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// The reads every step makes, compiled once: a LINQ query is otherwise walked, parameterized and looked up in
/// EF Core's cache on each run (about 4 KiB and a share of the step's time per query, five or six per step). A
/// compiled query belongs to one model, so each model (each context type the engine runs on) gets its own set.
/// On SQLite a step reads its instance and the instance's rows through commands of its own instead
/// (<see cref="StepReads"/>); the latest version of a key is read here on every provider.
/// </summary>
internal sealed class StepQueries
{
    private static readonly ConditionalWeakTable<IModel, StepQueries> PerModel = [];

    public static StepQueries Of(DbContext db) => PerModel.GetValue(db.Model, _ => new StepQueries());

    public Func<DbContext, Guid, CancellationToken, Task<InstanceRecord?>> Instance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<InstanceRecord>().FirstOrDefault(i => i.Id == id));

    /// <summary>The instance a user task belongs to, through the task's key.</summary>
    public Func<DbContext, Guid, CancellationToken, Task<InstanceRecord?>> InstanceOfTask { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid taskId, CancellationToken _) =>
            (from t in db.Set<UserTaskRecord>()
             where t.Id == taskId
             join i in db.Set<InstanceRecord>() on t.InstanceId equals i.Id
             select i).FirstOrDefault());

    public Func<DbContext, Guid, IAsyncEnumerable<TokenRecord>> Tokens { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<TokenRecord>().Where(t => t.InstanceId == instanceId));

    public Func<DbContext, Guid, IAsyncEnumerable<JobRecord>> Jobs { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<JobRecord>().Where(j => j.InstanceId == instanceId));

    public Func<DbContext, Guid, IAsyncEnumerable<SubscriptionRecord>> Subscriptions { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<SubscriptionRecord>().Where(s => s.InstanceId == instanceId));

    public Func<DbContext, Guid, IAsyncEnumerable<UserTaskRecord>> OpenTasks { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<UserTaskRecord>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatus.Open));

    /// <summary>The id of the latest deployed version of a key.</summary>
    public Func<DbContext, string, CancellationToken, Task<Guid?>> LatestDefinitionId { get; } =
        EF.CompileAsyncQuery((DbContext db, string key, CancellationToken _) =>
            db.Set<DefinitionRecord>().Where(d => d.Key == key).OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefault());

    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }
}
