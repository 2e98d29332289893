using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// On SQLite, each of a step's statements runs as a command of its own on the context's connection and transaction,
/// kept per connection and statement shape: built once with its parameters, then given only the next values. The
/// step's reads of an instance's rows go the same way (<see cref="Read{T}"/>): through EF Core's query pipeline each
/// read cost about 4 KiB even when it found nothing, four of them in every step.
/// SQLite runs in-process, so separate commands are no extra round trips, while one command of all the statements
/// cost most of a step's allocations: Microsoft.Data.Sqlite binds every parameter of a command against every
/// statement in it, and EF Core's raw-SQL path builds the command, its parameters and its text anew each time.
/// Each statement must touch each of its rows (an UPDATE or DELETE one, an INSERT all it holds). The commands run
/// synchronously, as Microsoft.Data.Sqlite's asynchronous methods do anyway; a command that fails is reported to the
/// context's interceptors (the host's guard drops pooled connections when the file cannot be written) as EF Core
/// reports its own.
/// </summary>
internal sealed class PreparedStepCommands
{
    private static readonly ConditionalWeakTable<DbConnection, PreparedStepCommands> PerConnection = [];

    private readonly DbConnection _connection;
    private readonly Dictionary<StepStatement, Prepared> _commands = [];
    private readonly object?[] _values = new object?[StepWriteBatch.ParametersPerCommand];

    /// <summary>How often the connection has closed: closing it disposes its commands and forgets them.</summary>
    private int _closings;

    private PreparedStepCommands(DbConnection connection)
    {
        _connection = connection;
        connection.StateChange += (_, change) => { if (change.CurrentState == ConnectionState.Closed) _closings++; };
    }

    public static void Write(DbContext db, StepWrites.Tables tables, IReadOnlyList<EntityEntry> changes,
        IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        var (writes, transaction) = Of(db);
        foreach (var entry in changes)
        {
            var statement = tables.Of(entry.Metadata.ClrType).For(entry);
            statement.Read(entry, writes._values);
            writes.Run(db, statement, transaction, ct);
        }
        for (var first = 0; first < history.Count;)
        {
            var insert = tables.History.Insert(Math.Min(history.Count - first, StepTable.MaxRowsPerInsert));
            insert.Read(history, first, writes._values);
            writes.Run(db, insert, transaction, ct);
            first += insert.Rows;
        }
    }

    /// <summary>
    /// The rows of <typeparamref name="T"/> that <paramref name="select"/> (<see cref="StepTable.Select"/>) finds for
    /// <paramref name="values"/>, tracked as a tracking query's are: a row the context already tracks comes back as
    /// that object, as it stands; every other is attached unchanged, as read, so its revision is checked on write.
    /// </summary>
    public static List<T> Read<T>(DbContext db, StepStatement select, ReadOnlySpan<object?> values, CancellationToken ct) where T : class
    {
        var (reads, transaction) = Of(db);
        values.CopyTo(reads._values);
        var command = reads.Bound(select, transaction, ct);
        var rows = new List<T>();
        try
        {
            using var reader = command.ExecuteReader();
            Dictionary<Guid, T>? tracked = null;
            while (reader.Read())
            {
                tracked ??= Tracked<T>(db, select.Table);
                if (tracked.Count > 0 && tracked.TryGetValue((Guid)select.Table.Key(reader), out var known)) { rows.Add(known); continue; }
                var row = (T)select.Table.Materialize(reader);
                db.Entry(row).State = EntityState.Unchanged;
                rows.Add(row);
            }
        }
        catch (DbException e)
        {
            Report(db, command, e, DbCommandMethod.ExecuteReader);
            throw;
        }
        return rows;
    }

    /// <summary>The key the one-column read <paramref name="select"/> finds for <paramref name="value"/>, or null.</summary>
    public static Guid? ReadKey(DbContext db, StepStatement select, object? value, CancellationToken ct)
    {
        var (reads, transaction) = Of(db);
        reads._values[0] = value;
        var command = reads.Bound(select, transaction, ct);
        try
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? (Guid)select.Table.KeyAt(reader, 0) : null;
        }
        catch (DbException e)
        {
            Report(db, command, e, DbCommandMethod.ExecuteReader);
            throw;
        }
    }

    /// <summary>
    /// The rows of <typeparamref name="T"/> the context tracks, by key. Read from its entries as they stand, without
    /// detecting changes first (that only matters for values, not for which rows are tracked); a context's local
    /// view would do it by key, but costs about 1 KiB per type each time a pooled context is leased.
    /// </summary>
    private static Dictionary<Guid, T> Tracked<T>(DbContext db, StepTable table) where T : class
    {
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var rows = new Dictionary<Guid, T>();
            foreach (var entry in tracker.Entries<T>()) rows[(Guid)table.Key(entry.Entity)] = entry.Entity;
            return rows;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static (PreparedStepCommands Commands, DbTransaction Transaction) Of(DbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A step reads and writes its rows inside its transaction.");
        return (PerConnection.GetValue(db.Database.GetDbConnection(), static connection => new PreparedStepCommands(connection)), transaction);
    }

    /// <summary>The statement's command on the transaction, given the values in <see cref="_values"/>.</summary>
    private DbCommand Bound(StepStatement statement, DbTransaction transaction, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var command = CommandFor(statement);
        command.Transaction = transaction;
        for (var v = 0; v < statement.Count; v++)
            command.Parameters[v].Value = ProviderValue(statement.Table.Mapping(statement.Column(v)), _values[v]);
        return command;
    }

    /// <summary>Runs <paramref name="statement"/> with the values read; it must touch each of its rows.</summary>
    private void Run(DbContext db, StepStatement statement, DbTransaction transaction, CancellationToken ct)
    {
        var command = Bound(statement, transaction, ct);
        int touched;
        try
        {
            touched = command.ExecuteNonQuery();
        }
        catch (DbException e)
        {
            Report(db, command, e, DbCommandMethod.ExecuteNonQuery);
            throw;
        }
        if (touched != statement.Rows) throw new ChangedMeanwhileException();
    }

    /// <summary>The statement's command on this connection, registered with it again after each close.</summary>
    private DbCommand CommandFor(StepStatement statement)
    {
        if (!_commands.TryGetValue(statement, out var prepared))
        {
            var command = _connection.CreateCommand();
            command.CommandText = statement.Text;
            for (var v = 0; v < statement.Count; v++)
            {
                var column = statement.Column(v);
                command.Parameters.Add(statement.Table.Mapping(column).CreateParameter(
                    command, statement.Table.ParameterName(v), null, statement.Table.Property(column).IsNullable));
            }
            _commands[statement] = prepared = new Prepared(command) { Closings = _closings };
        }
        else if (prepared.Closings != _closings)
        {
            // Closing the connection disposed the command (its SQLite statements finalized) and dropped it from the
            // connection's list; joining the list again makes the next close finalize the statements it prepares now.
            prepared.Command.Connection = null;
            prepared.Command.Connection = _connection;
            prepared.Closings = _closings;
        }
        return prepared.Command;
    }

    /// <summary>A value as the column's type mapping sends it (RelationalTypeMapping.CreateParameter converts alike).</summary>
    private static object ProviderValue(RelationalTypeMapping mapping, object? value) => value switch
    {
        null => DBNull.Value,
        _ when mapping.Converter is { } converter => converter.ConvertToProvider(value) ?? DBNull.Value,
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <remarks>
    /// The event's time is the machine's, as EF Core stamps its own command events: it dates a log line for
    /// operators, not a step, so the engine's (possibly manual) workflow clock would date it wrongly.
    /// </remarks>
    internal static void Report(DbContext db, DbCommand command, DbException error, DbCommandMethod method)
    {
        var connection = db.GetService<IRelationalConnection>();
        db.GetService<IRelationalCommandDiagnosticsLogger>().CommandError(connection, command, command.CommandText, db,
            method, Guid.NewGuid(), connection.ConnectionId, error, DateTimeOffset.UtcNow,
            TimeSpan.Zero, CommandSource.ExecuteSqlRaw);
    }

    private sealed class Prepared(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public int Closings { get; set; }
    }
}
