namespace EvalWorkflows.Server.Data;

/// <summary>Which database engine the app runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file, one server process (the default).</summary>
    Sqlite,
    /// <summary>A PostgreSQL database that several server processes (nodes) can share.</summary>
    Postgres,
}

/// <summary>Start-up behaviour of the database (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>SQLite (default) or Postgres; the connection string is <c>ConnectionStrings:Default</c> either way.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Create an empty database even though the marker beside the file says one existed there (the file was lost
    /// and is not coming back). Also set by the <c>--init</c> switch. SQLite only: PostgreSQL keeps no file.
    /// </summary>
    public bool Init { get; set; }

    /// <summary>Turns the bare <c>--init</c> switch into <c>--Database:Init=true</c> for the configuration.</summary>
    public static string[] ExpandSwitches(string[] args) =>
        [.. args.Select(a => a == "--init" ? $"--{Section}:{nameof(Init)}=true" : a)];
}

/// <summary>The provider and connection string the app was configured with, for the parts that open their own
/// connections (Hangfire's storage).</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString);
