using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// Writes a step's journal rows as one multi-row INSERT inside the step's transaction. They are the bulk of what
/// a step writes (four to seven rows for one task) and are never read back or changed within the step, so
/// tracking them costs EF Core a statement, a key read-back and change detection per row for nothing: on SQLite
/// EF Core sends every row as its own statement. Table, columns and value conversions come from the model,
/// so the rows land exactly as EF Core would write them, on either provider.
/// </summary>
internal static class HistoryInserts
{
    /// <summary>Keeps one statement well under every provider's parameter limit (SQLite 32,766; PostgreSQL 65,535).</summary>
    private const int RowsPerStatement = 200;

    private static readonly ConditionalWeakTable<IModel, Table> Tables = [];

    private static readonly (string Property, Func<HistoryRecord, object?> Value)[] Columns =
    [
        (nameof(HistoryRecord.InstanceId), h => h.InstanceId),
        (nameof(HistoryRecord.At), h => h.At),
        (nameof(HistoryRecord.Event), h => h.Event),
        (nameof(HistoryRecord.ElementId), h => h.ElementId),
        (nameof(HistoryRecord.ElementType), h => h.ElementType),
        (nameof(HistoryRecord.Actor), h => h.Actor),
        (nameof(HistoryRecord.DataJson), h => h.DataJson),
    ];

    /// <summary>
    /// Inserts <paramref name="rows"/> in their order (their ids ascend with it) on the context's transaction,
    /// through EF Core's raw SQL, so the context's interceptors and logging see the statement like any other.
    /// </summary>
    public static async Task InsertAsync(DbContext db, IReadOnlyList<HistoryRecord> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var table = Tables.GetValue(db.Model, model => Table.Of(model, db.GetService<ISqlGenerationHelper>()));
        // Only a factory for the provider's parameter type; it is never executed.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            var parameters = new object[count * Columns.Length];
            for (var r = 0; r < count; r++)
                for (var c = 0; c < Columns.Length; c++)
                    parameters[r * Columns.Length + c] = table.Parameter(factory, c, r * Columns.Length + c, Columns[c].Value(rows[first + r]));
            await db.Database.ExecuteSqlRawAsync(table.Sql(count), parameters, ct);
        }
    }

    private sealed class Table(string head, RelationalTypeMapping[] mappings, bool[] nullable, ISqlGenerationHelper sql)
    {
        private readonly string?[] _statements = new string?[RowsPerStatement + 1];

        public static Table Of(IModel model, ISqlGenerationHelper sql)
        {
            var entity = model.FindEntityType(typeof(HistoryRecord))
                ?? throw new InvalidOperationException("HistoryRecord is not part of the model: call AddWorkflowEngine() on it.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = Columns.Select(c => entity.FindProperty(c.Property)!).ToArray();
            var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
            return new Table(head, properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray(),
                properties.Select(p => p.IsNullable).ToArray(), sql);
        }

        /// <summary>The statement for <paramref name="rows"/> rows, built once per row count.</summary>
        public string Sql(int rows) => _statements[rows] ??= Build(rows);

        private string Build(int rows)
        {
            var text = new StringBuilder(head);
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < mappings.Length; c++)
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(Name(r * mappings.Length + c)));
                text.Append(')');
            }
            return text.Append(';').ToString();
        }

        /// <summary>A parameter typed and converted as EF Core would (instants as UTC ticks, ids as the provider stores them).</summary>
        public DbParameter Parameter(DbCommand command, int column, int index, object? value) =>
            mappings[column].CreateParameter(command, Name(index), value, nullable[column]);

        private static string Name(int index) => "h" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
