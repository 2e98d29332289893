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
/// kept per connection and statement shape: built once with its parameters, then given only the next values.
/// SQLite runs in-process, so separate commands are no extra round trips, while one command of all the statements
/// cost most of a step's allocations: Microsoft.Data.Sqlite binds every parameter of a command against every
/// statement in it, and EF Core's raw-SQL path builds the command, its parameters and its text anew each time.
/// Each statement must touch each of its rows (an UPDATE or DELETE one, an INSERT all it holds). The commands run
/// synchronously, as Microsoft.Data.Sqlite's asynchronous methods do anyway; a command that fails is reported to the
/// context's interceptors (the host's guard drops pooled connections when the file cannot be written) as EF Core
/// reports its own.
/// </summary>
internal sealed class PreparedStepWrites
{
    private static readonly ConditionalWeakTable<DbConnection, PreparedStepWrites> PerConnection = [];

    private readonly DbConnection _connection;
    private readonly Dictionary<StepStatement, Prepared> _commands = [];
    private readonly object?[] _values = new object?[StepWriteBatch.ParametersPerCommand];

    /// <summary>How often the connection has closed: closing it disposes its commands and forgets them.</summary>
    private int _closings;

    private PreparedStepWrites(DbConnection connection)
    {
        _connection = connection;
        connection.StateChange += (_, change) => { if (change.CurrentState == ConnectionState.Closed) _closings++; };
    }

    public static void Write(DbContext db, StepWrites.Tables tables, IReadOnlyList<EntityEntry> changes,
        IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A step's rows are written inside its transaction.");
        var writes = PerConnection.GetValue(db.Database.GetDbConnection(), static connection => new PreparedStepWrites(connection));
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

    /// <summary>Runs <paramref name="statement"/> with the values read; it must touch each of its rows.</summary>
    private void Run(DbContext db, StepStatement statement, DbTransaction transaction, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var command = CommandFor(statement);
        command.Transaction = transaction;
        for (var v = 0; v < statement.Count; v++)
            command.Parameters[v].Value = ProviderValue(statement.Table.Mapping(statement.Column(v)), _values[v]);
        int touched;
        try
        {
            touched = command.ExecuteNonQuery();
        }
        catch (DbException e)
        {
            Report(db, command, e);
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
    internal static void Report(DbContext db, DbCommand command, DbException error)
    {
        var connection = db.GetService<IRelationalConnection>();
        db.GetService<IRelationalCommandDiagnosticsLogger>().CommandError(connection, command, command.CommandText, db,
            DbCommandMethod.ExecuteNonQuery, Guid.NewGuid(), connection.ConnectionId, error, DateTimeOffset.UtcNow,
            TimeSpan.Zero, CommandSource.ExecuteSqlRaw);
    }

    private sealed class Prepared(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public int Closings { get; set; }
    }
}
