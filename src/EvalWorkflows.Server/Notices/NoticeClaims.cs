using System.Runtime.CompilerServices;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Claims a batch of due notices for one worker in ONE statement (an UPDATE … RETURNING of the first due rows):
/// they turn <see cref="NoticeStatus.Sending"/> with the worker's lease and a new revision, and come back tracked,
/// so each outcome is then written with that revision as its check (the lease check: a worker whose lease ran out
/// and whose notice was taken over writes nothing). On PostgreSQL the rows are picked <c>FOR UPDATE SKIP
/// LOCKED</c>, so two nodes claiming at once take different notices instead of waiting on each other; on SQLite
/// the statement runs under the database's one writer.
/// <para>Due means: queued or retrying and due on the workflow clock; or being sent by a worker whose lease ran
/// out (it died mid-send). Leases run on real time, so moving a rehearsal clock forward never takes a notice from
/// a worker that is still sending it.</para>
/// </summary>
internal static class NoticeClaims
{
    private static readonly ConditionalWeakTable<IModel, Statement> PerModel = [];

    /// <returns>The notices claimed, oldest due first; fewer than <paramref name="limit"/> when no more are due.</returns>
    public static Task<List<Notice>> ClaimDueAsync(DbContext db, DateTimeOffset now, DateTimeOffset realNow,
        DateTimeOffset leaseEndsAt, int limit, CancellationToken ct)
    {
        var statement = PerModel.GetValue(db.Model,
            model => new Statement(model, db.GetService<ISqlGenerationHelper>(), RowClaims.SkipsLockedRows(db)));
        object?[] values =
        [
            statement.Status(NoticeStatus.Sending), statement.Instant(leaseEndsAt),
            statement.Status(NoticeStatus.Queued), statement.Status(NoticeStatus.Retrying),
            statement.Instant(now), statement.Instant(realNow), limit,
        ];
        return db.Set<Notice>().FromSqlRaw(statement.Sql, values!).ToListAsync(ct);
    }

    /// <summary>The claim's SQL with the model's table and column names, and the model's conversions for its values.</summary>
    private sealed class Statement
    {
        private readonly IProperty _status;
        private readonly IProperty _instant;

        public Statement(IModel model, ISqlGenerationHelper sql, bool skipLocked)
        {
            var entity = model.FindEntityType(typeof(Notice))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var (id, status, next, lease, revision) = (Column(nameof(Notice.Id)), Column(nameof(Notice.Status)),
                Column(nameof(Notice.NextAttemptAt)), Column(nameof(Notice.LeaseEndsAt)), Column(nameof(Notice.Revision)));
            // {0} Sending, {1} the new lease's end, {2} Queued, {3} Retrying, {4} now, {5} real now, {6} the batch size.
            var skip = skipLocked ? " FOR UPDATE SKIP LOCKED" : "";
            Sql = $$"""
                UPDATE {{name}} SET {{status}} = {0}, {{lease}} = {1}, {{revision}} = {{revision}} + 1
                WHERE {{id}} IN (SELECT {{id}} FROM {{name}}
                    WHERE ({{status}} IN ({2}, {3}) AND {{next}} <= {4}) OR ({{status}} = {0} AND {{lease}} <= {5})
                    ORDER BY {{next}}, {{id}} LIMIT {6}{{skip}})
                RETURNING *
                """;
            (_status, _instant) = (entity.FindProperty(nameof(Notice.Status))!, entity.FindProperty(nameof(Notice.NextAttemptAt))!);
        }

        public string Sql { get; }

        public object? Status(NoticeStatus value) => ToProvider(_status, value);

        public object? Instant(DateTimeOffset value) => ToProvider(_instant, value);

        private static object? ToProvider(IProperty property, object value) =>
            property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
