using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// Writes what a step changed (its instances, tokens, tasks, jobs and waits, then its journal rows) as one
/// command of plain INSERT, UPDATE and DELETE statements inside the step's transaction. SaveChanges builds,
/// sends and checks each row as its own command (on SQLite one statement per row, each with a read-back): most
/// of a step's cost. The statements here are the ones EF Core would send: only modified columns are set, the
/// concurrency tokens (row revisions) are checked against the values read, and a row that was changed or
/// removed meanwhile fails the whole step (<see cref="ChangedMeanwhileException"/>), because every statement
/// must touch exactly one row and the command's count of rows touched says whether they all did. Table,
/// columns and value conversions come from the model, so rows land as EF Core writes them, on either provider.
/// </summary>
internal static class StepWrites
{
    /// <summary>
    /// Parameters per command. Microsoft.Data.Sqlite binds each of a command's parameters against each of its
    /// statements, so a large step (a signal reaching hundreds of instances) is sent as several commands.
    /// </summary>
    private const int ParametersPerCommand = 400;

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
    /// context's transaction through EF Core's raw SQL, so the context's interceptors and logging see the commands.
    /// The tracked rows are then marked saved.
    /// </summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<EntityEntry> changes, IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        var tables = PerModel.GetValue(db.Model, model => new Tables(model, db.GetService<ISqlGenerationHelper>()));
        // Only a factory for the provider's parameter type; it is never executed.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var batch = new Batch(db, factory, tables.Names);
        foreach (var entry in changes)
        {
            var table = tables.Of(entry.Metadata.ClrType);
            await batch.MakeRoomAsync(table.Width, ct);
            table.Append(batch, entry);
        }
        for (var first = 0; first < history.Count;)
        {
            await batch.MakeRoomAsync(tables.History.InsertWidth, ct);
            var rows = Math.Min(history.Count - first, batch.Room / tables.History.InsertWidth);
            tables.History.AppendInsert(batch, history, first, rows);
            first += rows;
        }
        await batch.SendAsync(ct);
        if (changes.Count > 0) db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>Statements and parameters collected for one command, and how many rows they must touch.</summary>
    private sealed class Batch(DbContext db, DbCommand factory, string[] names)
    {
        public readonly StringBuilder Sql = new(1024);
        private readonly List<object> _parameters = new(64);
        private int _rows;

        public int Room => ParametersPerCommand - _parameters.Count;

        /// <summary>Sends what is collected when <paramref name="parameters"/> more would not fit.</summary>
        public Task MakeRoomAsync(int parameters, CancellationToken ct) => Room >= parameters ? Task.CompletedTask : SendAsync(ct);

        /// <summary>The placeholder of a new parameter with <paramref name="value"/>, typed and converted by <paramref name="mapping"/>.</summary>
        public string Add(RelationalTypeMapping mapping, bool nullable, object? value)
        {
            var name = names[_parameters.Count];
            _parameters.Add(mapping.CreateParameter(factory, name, value, nullable));
            return name;
        }

        /// <summary>A statement that must touch <paramref name="rows"/> rows has been appended.</summary>
        public void Expect(int rows) => _rows += rows;

        public async Task SendAsync(CancellationToken ct)
        {
            if (_rows == 0) return;
            var touched = await db.Database.ExecuteSqlRawAsync(Sql.ToString(), _parameters, ct);
            if (touched != _rows) throw new ChangedMeanwhileException();
            Sql.Clear();
            _parameters.Clear();
            _rows = 0;
        }
    }

    /// <summary>The engine's tables in one model, and parameter names (the same for every step).</summary>
    private sealed class Tables
    {
        private readonly Dictionary<Type, Table> _tables;

        public Tables(IModel model, ISqlGenerationHelper sql)
        {
            _tables = EngineRows.ToDictionary(t => t, t => new Table(Entity(model, t), sql, journal: false));
            History = new Table(Entity(model, typeof(HistoryRecord)), sql, journal: true);
            Names = Enumerable.Range(0, ParametersPerCommand)
                .Select(i => sql.GenerateParameterNamePlaceholder("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        }

        public Table History { get; }
        public string[] Names { get; }

        public Table Of(Type type) => _tables[type];

        private static IEntityType Entity(IModel model, Type type) => model.FindEntityType(type)
            ?? throw new InvalidOperationException($"{type.Name} is not part of the model: call AddWorkflowEngine() on it.");
    }

    /// <summary>
    /// One table: the columns a row is inserted and updated with, with their type mappings, its key and its
    /// concurrency token if any. Columns the database computes (a host's generated columns) are never written.
    /// </summary>
    private sealed class Table
    {
        private readonly string _name;
        private readonly IProperty[] _properties;
        private readonly string[] _columns;
        private readonly RelationalTypeMapping[] _mappings;
        private readonly int[] _inserted;
        private readonly int[] _updated;
        private readonly int _key;
        private readonly int _token = -1;

        /// <param name="journal">The journal: its key is the database's own (an identity column), and its rows are
        /// plain objects, not tracked entries, so only the columns of their own properties are written.</param>
        public Table(IEntityType entity, ISqlGenerationHelper sql, bool journal)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties.Single();
            _properties = entity.GetProperties().ToArray();
            _name = sql.DelimitIdentifier(table.Name, table.Schema);
            _columns = _properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).ToArray();
            _mappings = _properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
            _key = Array.IndexOf(_properties, key);
            _token = Array.FindIndex(_properties, p => p.IsConcurrencyToken);
            _inserted = Indexes(p => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save && !(journal && (p == key || p.IsShadowProperty())));
            _updated = Indexes(p => p != key && p.GetAfterSaveBehavior() == PropertySaveBehavior.Save);
        }

        /// <summary>The most parameters one row's statement takes.</summary>
        public int Width => _properties.Length + 1;

        /// <summary>The parameters one more row of an INSERT takes.</summary>
        public int InsertWidth => _inserted.Length;

        private int[] Indexes(Func<IProperty, bool> written) =>
            Enumerable.Range(0, _properties.Length).Where(i => written(_properties[i])).ToArray();

        public void Append(Batch batch, EntityEntry entry)
        {
            switch (entry.State)
            {
                case EntityState.Added: AppendInsert<PropertyValues>(batch, [entry.CurrentValues], 0, 1, static (values, p) => values[p]); break;
                case EntityState.Modified: AppendUpdate(batch, entry); break;
                case EntityState.Deleted: AppendWhere(batch.Sql.Append("DELETE FROM ").Append(_name), batch, entry.OriginalValues); break;
            }
        }

        /// <summary>One INSERT of <paramref name="count"/> journal rows from <paramref name="first"/>.</summary>
        public void AppendInsert(Batch batch, IReadOnlyList<HistoryRecord> rows, int first, int count) =>
            AppendInsert(batch, rows, first, count, static (row, p) => p.GetGetter().GetClrValue(row));

        private void AppendInsert<T>(Batch batch, IReadOnlyList<T> rows, int first, int count, Func<T, IProperty, object?> value)
        {
            var sql = batch.Sql.Append("INSERT INTO ").Append(_name).Append(" (");
            for (var c = 0; c < _inserted.Length; c++) sql.Append(c == 0 ? "" : ", ").Append(_columns[_inserted[c]]);
            sql.Append(") VALUES ");
            for (var r = first; r < first + count; r++)
            {
                sql.Append(r == first ? "(" : ", (");
                for (var c = 0; c < _inserted.Length; c++)
                    sql.Append(c == 0 ? "" : ", ").Append(Parameter(batch, _inserted[c], value(rows[r], _properties[_inserted[c]])));
                sql.Append(')');
            }
            sql.Append(";\n");
            batch.Expect(count);
        }

        /// <summary>Sets the columns the step changed, as EF Core would.</summary>
        private void AppendUpdate(Batch batch, EntityEntry entry)
        {
            var sql = batch.Sql.Append("UPDATE ").Append(_name).Append(" SET ");
            var current = entry.CurrentValues;
            var first = true;
            foreach (var c in _updated)
            {
                if (!entry.Property(_properties[c]).IsModified) continue;
                sql.Append(first ? "" : ", ").Append(_columns[c]).Append(" = ").Append(Parameter(batch, c, current[_properties[c]]));
                first = false;
            }
            AppendWhere(sql, batch, entry.OriginalValues);
        }

        /// <summary>The row by its key and, where the table has one, by the revision the step read.</summary>
        private void AppendWhere(StringBuilder sql, Batch batch, PropertyValues original)
        {
            sql.Append(" WHERE ").Append(_columns[_key]).Append(" = ").Append(Parameter(batch, _key, original[_properties[_key]]));
            if (_token >= 0)
                sql.Append(" AND ").Append(_columns[_token]).Append(" = ").Append(Parameter(batch, _token, original[_properties[_token]]));
            sql.Append(";\n");
            batch.Expect(1);
        }

        private string Parameter(Batch batch, int column, object? value) => batch.Add(_mappings[column], _properties[column].IsNullable, value);
    }
}
