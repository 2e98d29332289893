using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// Every connection the app opens passes here. It gets synchronous=FULL (a per-connection setting in SQLite),
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

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Check(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return Task.CompletedTask;
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

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Check(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || file.Path is null) return;
        if (raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly)
        {
            // Opened while the file was not writable: try a fresh one, the file may be writable again by now.
            SqliteConnection.ClearPool(sqlite);
            sqlite.Close();
            sqlite.Open();
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
        // in every step, which opens and closes its connection).
        if (Configured.TryGetValue(sqlite.Handle!, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(sqlite.Handle!, file);
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
