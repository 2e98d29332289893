using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// Which SQLite file this server writes and which database it must find there. The id is learnt at start-up
/// (<see cref="DataExtensions.InitializeDatabaseAsync"/>) and kept in a marker file beside the database, so a
/// lost file is noticed at the next start instead of silently replaced by an empty one. While the server runs,
/// one connection outside the pool stays open on the file start-up found: SQLite can tell whether the path
/// still leads to that file (<see cref="HasMoved"/>), which is how a deleted or replaced file is noticed even
/// when a stale WAL would make the new file look like the old one.
/// </summary>
public sealed class DatabaseFile : IDisposable
{
    // SQLITE_FCNTL_HAS_MOVED: true once the file a connection holds is no longer the one at its path.
    private const int HasMovedOperation = 20;
    /// <summary>The schema name as SQLite reads it, made once: <see cref="HasMoved"/> runs at every transaction.</summary>
    private static readonly byte[] MainSchema = "main\0"u8.ToArray();
    private SqliteConnection? _pin;

    /// <summary>For a server database (PostgreSQL): no file to guard, no marker to keep.</summary>
    private DatabaseFile()
    {
        RuntimeConnectionString = CreatingConnectionString = "";
    }

    internal static DatabaseFile None() => new();

    public DatabaseFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        Path = inMemory ? null : System.IO.Path.GetFullPath(builder.DataSource);
        // Once the schema exists, a connection must never create a file: a deleted database stays missing
        // (and writes are refused) instead of a new empty one appearing under the running server.
        if (Path is not null && builder.Mode == SqliteOpenMode.ReadWriteCreate) builder.Mode = SqliteOpenMode.ReadWrite;
        RuntimeConnectionString = builder.ToString();
        CreatingConnectionString = connectionString;
    }

    /// <summary>The full path of the database file; null for an in-memory or a PostgreSQL database.</summary>
    public string? Path { get; }
    /// <summary>The database's id, written as text beside it: <c>evalworkflows.db.id</c>.</summary>
    public string? MarkerPath => Path is null ? null : Path + ".id";
    /// <summary>What requests use: opens the file read-write, never creates it.</summary>
    public string RuntimeConnectionString { get; }
    /// <summary>What start-up uses, once, to create the file where that is allowed.</summary>
    internal string CreatingConnectionString { get; }
    /// <summary>The id every connection must find in <see cref="DatabaseIdentity"/>; null until start-up has read it.</summary>
    public Guid? ExpectedId { get; private set; }

    /// <summary>Remembers <paramref name="id"/> and the file it was read from, for the life of the process.</summary>
    internal void Expect(Guid id)
    {
        ExpectedId = id;
        if (Path is null) return;
        _pin?.Dispose();
        _pin = new SqliteConnection(new SqliteConnectionStringBuilder(RuntimeConnectionString) { Pooling = false }.ToString());
        _pin.Open();
    }

    /// <summary>Whether the file at <see cref="Path"/> is gone or is no longer the one start-up opened.</summary>
    public bool HasMoved()
    {
        if (_pin?.Handle is not { } handle) return false;
        var moved = 0;
        var rc = FileControl(handle.DangerousGetHandle(), MainSchema, HasMovedOperation, ref moved);
        return rc == 0 && moved != 0;
    }

    public void Dispose() => _pin?.Dispose();

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
    private static extern int FileControl(IntPtr db, byte[] name, int operation, ref int result);

    internal Guid? ReadMarker() =>
        MarkerPath is { } marker && File.Exists(marker) && Guid.TryParse(File.ReadAllText(marker).Trim(), out var id) ? id : null;

    internal void WriteMarker(Guid id)
    {
        if (MarkerPath is not { } marker) return;
        File.WriteAllText(marker + ".tmp", id + Environment.NewLine);
        File.Move(marker + ".tmp", marker, overwrite: true);
    }
}
