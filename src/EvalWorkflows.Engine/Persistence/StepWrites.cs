using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// Writes what a step changed (its instances, tokens, tasks, jobs and waits, then its journal rows) as plain
/// INSERT, UPDATE and DELETE statements inside the step's transaction. SaveChanges builds, sends and checks each
/// row as its own command (on SQLite one statement per row, each with a read-back): most of a step's cost. The
/// statements here are the ones EF Core would send (<see cref="StepTable"/>): only modified columns are set, the
/// concurrency tokens (row revisions) are checked against the values read, and a row that was changed or removed
/// meanwhile fails the whole step (<see cref="ChangedMeanwhileException"/>), because every statement must touch
/// exactly one row and the count of rows touched says whether they all did. Table, columns and value conversions
/// come from the model, so rows land as EF Core writes them, on either provider.
/// </summary>
internal static class StepWrites
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly ConditionalWeakTable<IModel, Tables> PerModel = [];

    private static readonly Type[] EngineRows =
        [typeof(InstanceRecord), typeof(TokenRecord), typeof(UserTaskRecord), typeof(JobRecord), typeof(SubscriptionRecord)];

    /// <summary>
    /// The step's changed rows when they are all the engine's own; null when the context holds changes to other
    /// rows too (a host's domain row written alongside, an incident), which SaveChanges then writes with the rest,
    /// raising its events for the host.
    /// </summary>
    public static List<EntityEntry>? EngineChanges(DbContext db)
    {
        var changes = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (Array.IndexOf(EngineRows, entry.Metadata.ClrType) < 0) return null;
            changes.Add(entry);
        }
        return changes;
    }

    /// <summary>
    /// Writes <paramref name="changes"/>, then <paramref name="history"/> in its order (ids ascend with it), on the
    /// context's transaction; the tracked rows are then marked saved. On SQLite each statement runs as its own
    /// command, kept per connection (<see cref="PreparedStepCommands"/>); elsewhere they go as one command
    /// (<see cref="StepWriteBatch"/>), one round trip.
    /// </summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<EntityEntry> changes, IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        var tables = TablesOf(db);
        if (tables.Prepared) PreparedStepCommands.Write(db, tables, changes, history, ct);
        else await StepWriteBatch.WriteAsync(db, tables, changes, history, ct);
        if (changes.Count > 0) db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>Whether the step's statements run as commands kept per connection (<see cref="PreparedStepCommands"/>): on SQLite.</summary>
    public static bool RunsPrepared(DbContext db) => ProviderNames.Of(db) == SqliteProvider;

    public static Tables TablesOf(DbContext db) =>
        PerModel.GetValue(db.Model, model => new Tables(model, db.GetService<ISqlGenerationHelper>(), RunsPrepared(db)));

    /// <summary>The engine's tables in one model.</summary>
    internal sealed class Tables
    {
        private readonly Dictionary<Type, StepTable> _tables;

        /// <param name="prepared">Whether the step's reads run as commands of their own (<see cref="RunsPrepared"/>).</param>
        public Tables(IModel model, ISqlGenerationHelper sql, bool prepared)
        {
            Prepared = prepared;
            ParameterNames = Enumerable.Range(0, StepWriteBatch.ParametersPerCommand)
                .Select(i => sql.GenerateParameterNamePlaceholder("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            _tables = EngineRows.ToDictionary(t => t, t => new StepTable(Entity(model, t), sql, ParameterNames, journal: false));
            History = new StepTable(Entity(model, typeof(HistoryRecord)), sql, ParameterNames, journal: true);
            StepStatement? Select(Type type, params string[] by) => prepared && Of(type).Readable ? Of(type).Select(by) : null;
            var instances = Of(typeof(InstanceRecord));
            var instancesPrepared = prepared && instances.Readable;
            InstanceById = instancesPrepared ? instances.Select(nameof(InstanceRecord.Id)) : null;
            InstanceOfTask = instancesPrepared ? instances.SelectReferencedBy(Of(typeof(UserTaskRecord)), nameof(UserTaskRecord.InstanceId)) : null;
            InstanceOfJob = instancesPrepared ? instances.SelectReferencedBy(Of(typeof(JobRecord)), nameof(JobRecord.InstanceId)) : null;
            TokensOfInstance = Select(typeof(TokenRecord), nameof(TokenRecord.InstanceId));
            JobsOfInstance = Select(typeof(JobRecord), nameof(JobRecord.InstanceId));
            SubscriptionsOfInstance = Select(typeof(SubscriptionRecord), nameof(SubscriptionRecord.InstanceId));
            OpenTasksOfInstance = Select(typeof(UserTaskRecord), nameof(UserTaskRecord.InstanceId), nameof(UserTaskRecord.Status));
            LatestDefinitionId = prepared
                ? new StepTable(Entity(model, typeof(DefinitionRecord)), sql, ParameterNames, journal: false)
                    .SelectLatestKey(nameof(DefinitionRecord.Key), nameof(DefinitionRecord.Version))
                : null;
        }

        /// <summary>Whether the step's statements run as commands kept per connection (<see cref="RunsPrepared"/>), read once per model.</summary>
        public bool Prepared { get; }

        /// <summary>
        /// The read of a definition key's latest version id, where reads run prepared; else null. Every start by key
        /// makes it (another node may have deployed a version): through EF Core's compiled query it was ~5 % of an
        /// instance start's time (thread-time trace of the engine benchmark).
        /// </summary>
        public StepStatement? LatestDefinitionId { get; }

        /// <summary>The reads of an instance by its id, by a task's and by a job's, where they run prepared; else null.</summary>
        public StepStatement? InstanceById { get; }
        public StepStatement? InstanceOfTask { get; }
        public StepStatement? InstanceOfJob { get; }

        /// <summary>The reads of an instance's rows by its id (and the open tasks' status), where they run prepared; else null.</summary>
        public StepStatement? TokensOfInstance { get; }
        public StepStatement? JobsOfInstance { get; }
        public StepStatement? SubscriptionsOfInstance { get; }
        public StepStatement? OpenTasksOfInstance { get; }

        public StepTable History { get; }

        /// <summary>Parameter placeholders p0, p1, … as the provider writes them (the same for every step).</summary>
        public string[] ParameterNames { get; }

        public StepTable Of(Type type) => _tables[type];

        private static IEntityType Entity(IModel model, Type type) => model.FindEntityType(type)
            ?? throw new InvalidOperationException($"{type.Name} is not part of the model: call AddWorkflowEngine() on it.");
    }
}
