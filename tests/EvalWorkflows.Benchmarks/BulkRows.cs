using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Benchmarks;

/// <summary>
/// Seed rows (not what is measured) written in bulk: one statement prepared once and run again with the next rows'
/// values, all in one transaction — one row per statement on SQLite (which binds parameters by name, looking each up
/// in a list, so a statement of thousands of parameters binds slower than SQLite inserts), many on PostgreSQL (each
/// statement a round trip). Going through EF Core's change tracker and one statement
/// per row, seeding the 100,000 pending timers and the list rows' 100,000 instances took minutes of each run.
/// The rows are the objects the seeding code builds as the engine would (its own entity types); table, columns and
/// value conversions come from the context's model, the same ones EF Core writes with, on either provider.
/// </summary>
internal static class BulkRows
{
    /// <summary>Keeps one PostgreSQL statement well under its 65,535 parameters.</summary>
    private const int MaxParameters = 30_000, MaxRowsPerStatement = 200;

    /// <summary>Inserts <paramref name="rows"/> on the context's current transaction, or in one of its own.</summary>
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows) where T : class
    {
        if (rows.Count == 0) return;
        var table = Table.Of(db.Model, typeof(T), db.GetService<ISqlGenerationHelper>());
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var perStatement = db.Database.IsSqlite() ? 1 : Math.Min(MaxRowsPerStatement, MaxParameters / table.Columns.Length);
            DbCommand? full = null;
            try
            {
                for (var first = 0; first < rows.Count; first += perStatement)
                {
                    var count = Math.Min(perStatement, rows.Count - first);
                    if (count < perStatement)
                    {
                        await using var tail = table.Command(connection, transaction, count);
                        await table.RunAsync(tail, rows, first, count);
                    }
                    else await table.RunAsync(full ??= table.Command(connection, transaction, count), rows, first, count);
                }
            }
            finally
            {
                if (full is not null) await full.DisposeAsync();
            }
            if (own is not null) await own.CommitAsync();
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private sealed class Table(string head, IProperty[] columns, ISqlGenerationHelper sql)
    {
        private readonly RelationalTypeMapping[] _mappings = columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();

        public IProperty[] Columns => columns;

        /// <summary>
        /// Every column EF Core itself would write for an added row: computed columns and store-generated integer
        /// keys (the history's) are left to the database. Owned (JSON) parts and shadow values are not supported.
        /// </summary>
        public static Table Of(IModel model, Type type, ISqlGenerationHelper sql)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of the model.");
            if (entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
                throw new NotSupportedException($"{type.Name} has owned parts; seed it through EF Core.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => p.GetComputedColumnSql() is null)
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
                .ToArray();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new NotSupportedException($"{type.Name}.{shadow.Name} is a shadow property; seed it through EF Core.");
            var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
                + string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
            return new Table(head, columns, sql);
        }

        /// <summary>A prepared statement for <paramref name="rows"/> rows, its parameters typed as EF Core types them.</summary>
        public DbCommand Command(DbConnection connection, DbTransaction transaction, int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"p{r * columns.Length + c}";
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            return command;
        }

        /// <summary>Binds rows [first, first + count) as EF Core converts them (instants as UTC ticks, enums as text) and runs.</summary>
        public async Task RunAsync<T>(DbCommand command, IReadOnlyList<T> rows, int first, int count) where T : class
        {
            var prepared = command.Parameters.Count > 0;
            for (var r = 0; r < count; r++)
                for (var c = 0; c < columns.Length; c++)
                {
                    var index = r * columns.Length + c;
                    var value = columns[c].GetGetter().GetClrValue(rows[first + r]);
                    if (!prepared) command.Parameters.Add(_mappings[c].CreateParameter(command, $"p{index}", value, columns[c].IsNullable));
                    else command.Parameters[index].Value = (value is null ? null : _mappings[c].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
            if (!prepared) await command.PrepareAsync();
            await command.ExecuteNonQueryAsync();
        }
    }
}
