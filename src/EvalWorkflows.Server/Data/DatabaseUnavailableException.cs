using Microsoft.Data.Sqlite;
using Npgsql;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// The database cannot take writes right now — the file is read-only, the disk is full, or the file was
/// deleted or replaced under the server; on PostgreSQL, the server is unreachable, shutting down, read-only or full. Answered as 503: nothing was written, and the request may be retried.
/// </summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message)
{
    /// <summary>What a client reads (Chinese); the cause goes to the log.</summary>
    public const string Detail = "数据库暂时无法写入（文件只读、磁盘已满或数据库文件已被移走），本次操作未生效，请稍后重试。";

    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the file, not the request, is at fault.
    private static readonly int[] FileFaults = [8, 10, 13, 14];
    // read_only_sql_transaction, disk_full, insufficient_resources, admin_shutdown, crash_shutdown, cannot_connect_now.
    private static readonly string[] ServerFaults = ["25006", "53100", "53000", "57P01", "57P02", "57P03"];

    /// <summary>Whether <paramref name="error"/> (or what it wraps) says the file cannot be written now.</summary>
    public static bool IsCause(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is DatabaseUnavailableException
                || e is SqliteException { SqliteErrorCode: var code } && FileFaults.Contains(code)
                || e is PostgresException { SqlState: var state } && ServerFaults.Contains(state)
                || e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException })
                return true;
        return false;
    }
}
