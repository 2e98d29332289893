using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// Every connection the app opens passes here, and every transaction it begins (and command outside one) on a
/// connection that stays open: the engine keeps a pooled context's connection open across its steps. It gets
/// synchronous=FULL (a per-connection setting in SQLite),
/// so in WAL mode a committed step is on disk before the commit returns. It must be a writable connection to
/// the file start-up found: SQLite silently opens a file it cannot write read-only, and a pooled connection
/// keeps writing into a file that was deleted or replaced — both would outlive the fault by minutes or
/// acknowledge writes that are then lost. When any command fails because the file cannot be written, the pool
/// is emptied, so the connections opened during the fault are gone once it ends.
/// </summary>
internal sealed class SqliteGuard(DatabaseFile file, ILogger<SqliteGuard> log)
    : IDbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> Verified = [];
    /// <summary>Connections (SQLite's own handles, which outlive each open and close in the pool) already set up.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Check(connection, justOpened: true);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Check(connection, justOpened: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every transaction is checked as every open is: the engine keeps its contexts' connections open across steps
    /// (<c>StepConnections</c>), so for them a transaction, not an open, is where each step begins.
    /// </summary>
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        Check(connection, justOpened: false);
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Check(connection, justOpened: false);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// And every command outside a transaction (inside one, the transaction's start was checked): a context that
    /// ran an engine step keeps its connection open for whatever it runs next, so no open precedes it.
    /// </summary>
    public DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Check(eventData.Connection, justOpened: false);
        return result;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Forget(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Forget(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => _unwritable = false;

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _unwritable = false;
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Exception);
        return Task.CompletedTask;
    }

    /// <summary>Counts <see cref="Forget"/>s: a connection opened before the latest one is opened afresh at its next transaction.</summary>
    private static int _faults;
    /// <summary>Set when a write failed because the file cannot be written, cleared by the next commit.</summary>
    private static volatile bool _unwritable;
    /// <summary>The count of faults when each connection was last opened (connections kept open across steps outlive a fault).</summary>
    private static readonly ConditionalWeakTable<SqliteConnection, StrongBox<int>> OpenedAfter = [];

    private void Check(DbConnection connection, bool justOpened)
    {
        if (connection is not SqliteConnection sqlite || file.Path is null) return;
        if (sqlite.State != System.Data.ConnectionState.Open) return;
        // Inside a transaction nothing may be reopened, and its start was checked.
        if (!justOpened && raw.sqlite3_get_autocommit(sqlite.Handle) == 0) return;
        var faults = Volatile.Read(ref _faults);
        if (!OpenedAfter.TryGetValue(sqlite, out var seen)) OpenedAfter.AddOrUpdate(sqlite, seen = new StrongBox<int>(faults));
        // Kept open since before a write failed, or opened while the file still could not be written: dropped as the
        // pool's idle connections are (see Forget), until a commit shows the file can be written again. SQLite does
        // not always say a connection opened on an unwritable file is read-only; its first write fails.
        if (!justOpened && (seen.Value != faults || _unwritable)) Reopen(sqlite);
        seen.Value = faults;
        if (raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly)
        {
            // Opened while the file was not writable: try a fresh one, the file may be writable again by now.
            Reopen(sqlite);
        }
        if (file.HasMoved()) Refuse(sqlite, $"The database file {file.Path} was deleted or replaced under the running server.");
        if (file.ExpectedId is { } expected && !Verified.TryGetValue(sqlite.Handle!, out _))
        {
            var found = ReadId(sqlite);
            if (found != expected)
                Refuse(sqlite, $"The file {file.Path} holds database {found?.ToString() ?? "(none)"}, not {expected}: it was replaced.");
            Verified.AddOrUpdate(sqlite.Handle!, expected);
        }
        // Once per connection, not per open: a pooled connection keeps the setting for its life (a statement less
        // wherever a context opens and closes its connection).
        if (Configured.TryGetValue(sqlite.Handle!, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(sqlite.Handle!, file);
    }

    /// <summary>
    /// Opens <paramref name="connection"/> on a new SQLite handle: closed first, its handle goes back to the pool, and
    /// emptying the pool after that disposes it, so the open cannot take the same handle back.
    /// </summary>
    private static void Reopen(SqliteConnection connection)
    {
        connection.Close();
        SqliteConnection.ClearPool(connection);
        connection.Open();
    }

    private void Refuse(SqliteConnection connection, string reason)
    {
        SqliteConnection.ClearPool(connection);
        connection.Close();
        log.LogError("Refusing database access: {Reason}", reason);
        throw new DatabaseUnavailableException(reason);
    }

    private void Forget(Exception error)
    {
        if (!DatabaseUnavailableException.IsCause(error)) return;
        log.LogWarning("The database file cannot be written ({Error}); pooled connections are dropped.", error.Message);
        SqliteConnection.ClearAllPools();
        _unwritable = true;
        Interlocked.Increment(ref _faults);
    }

    private static Guid? ReadId(SqliteConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id FROM database_identity LIMIT 1;";
            return command.ExecuteScalar() is string text && Guid.TryParse(text, out var id) ? id : null;
        }
        catch (SqliteException)
        {
            return null; // no such table: not our database
        }
    }
}
