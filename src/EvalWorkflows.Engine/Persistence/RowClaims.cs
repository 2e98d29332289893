using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// Takes one row for the current transaction without waiting on anyone else's claim. On PostgreSQL the row is
/// read <c>FOR UPDATE SKIP LOCKED</c>: a row another node is working on reads as absent, so workers on several
/// nodes walking the same due list each go on to the next one instead of queueing behind each other. On SQLite
/// the transaction itself (BEGIN IMMEDIATE) already holds the only write lock, so a plain read does.
/// </summary>
public static class RowClaims
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Whether claims on <paramref name="db"/> skip rows another transaction holds (PostgreSQL), so workers can run side by side.</summary>
    public static bool SkipsLockedRows(DbContext db) => ProviderNames.Of(db) == Npgsql;

    /// <summary>The row of <typeparamref name="T"/> with key <paramref name="id"/>, or null when it is gone or
    /// another transaction holds it. Call inside a transaction: the lock lasts until it ends.</summary>
    public static async Task<T?> FindUnclaimedAsync<T>(this DbContext db, Guid id, CancellationToken ct) where T : class
    {
        if (!SkipsLockedRows(db))
            return await ById<T>.Of(db)(db, id, ct);
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        // Names come from the model, the id is a parameter. Not composed further: EF Core would wrap the query in
        // a subquery, and the lock belongs on the row itself.
        var sql = "SELECT * FROM " + name + " WHERE \"" + key + "\" = {0} FOR UPDATE SKIP LOCKED";
        var rows = await db.Set<T>().FromSqlRaw(sql, id).ToListAsync(ct);
        return rows.SingleOrDefault();
    }

    /// <summary>The plain read by key, compiled once per model (jobs are claimed once per service task and timer).</summary>
    private static class ById<T> where T : class
    {
        private static readonly ConditionalWeakTable<IModel, Func<DbContext, Guid, CancellationToken, Task<T?>>> PerModel = [];

        public static Func<DbContext, Guid, CancellationToken, Task<T?>> Of(DbContext db) => PerModel.GetValue(db.Model, _ =>
            EF.CompileAsyncQuery((DbContext c, Guid id, CancellationToken _) => c.Set<T>().FirstOrDefault(e => EF.Property<Guid>(e, "Id") == id)));
    }
}
