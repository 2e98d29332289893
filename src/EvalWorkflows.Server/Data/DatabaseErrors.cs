using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvalWorkflows.Server.Data;

/// <summary>What a failed write means, asked the same way whichever provider raised it.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const string PostgresUniqueViolation = "23505";
    // SQLITE_BUSY, SQLITE_LOCKED: another writer held the file longer than the connection's timeout.
    private static readonly int[] SqliteBusy = [5, 6];
    // deadlock_detected, lock_not_available: PostgreSQL rolled this transaction back to let another through.
    private static readonly string[] PostgresBusy = ["40P01", "55P03"];

    /// <summary>A unique index refused the row: someone else committed the same key first.</summary>
    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } => true,
        PostgresException { SqlState: PostgresUniqueViolation } => true,
        _ => false,
    };

    /// <summary>
    /// The write waited its turn and timed out, or lost a deadlock: nothing was written, and the same request
    /// may be sent again (a burst of writers on one SQLite file, each syncing to disk, queues behind one lock).
    /// </summary>
    public static bool IsBusy(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: var code } && SqliteBusy.Contains(code)
                || e is PostgresException { SqlState: var state } && PostgresBusy.Contains(state))
                return true;
        return false;
    }
}
