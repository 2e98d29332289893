using System.Security.Cryptography;
using System.Text;
using EvalWorkflows.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvalWorkflows.Server.Tests.Support;

/// <summary>
/// The database a test server runs on. By default the SQLite file the test names. With
/// <c>EVALWORKFLOWS_TEST_POSTGRES</c> set to a connection string of a PostgreSQL role that may create databases
/// (e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>), the same test runs on a PostgreSQL database of its own
/// instead, named after that file: created on first use (so a test that restarts a server on "the same file"
/// finds its data again) and dropped with <see cref="Delete"/>.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "EVALWORKFLOWS_TEST_POSTGRES";
    public const string SqliteOnly = "Tests a SQLite file (deleted, replaced, read-only, its pragmas, rows written straight into it); skipped on PostgreSQL.";
    public const string ProviderNeutral = "A long test whose proof the database does not change (the server's own logic across restarts, outages or "
        + "many instances; PostgreSQL's row claims are proved by the two-node and concurrency tests): run once, on SQLite, to keep CI within its time.";

    public const string StudioInBrowser = "A studio page driven in the browser (the modeler, its panels and overlays): what it proves is in the "
        + "page's script, and the studio's data on PostgreSQL is proved by its API tests: run once, on SQLite, to keep CI within its time.";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The settings that point a server at the database for <paramref name="sqliteFile"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(string sqliteFile) => Server is null
        ? new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={sqliteFile}" }
        : new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = Ensure(NameFor(sqliteFile)),
        };

    /// <summary>
    /// The same settings, the database created (where it does not exist yet, and on SQLite never existed: no marker
    /// beside the file) as a copy of the migrated schema (<see cref="MigratedTemplate"/>), so the server starting on
    /// it need not run every migration itself. Tests of migrating itself take <see cref="Settings"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Migrated(string sqliteFile)
    {
        if (Server is not null)
            return new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Default"] = Ensure(NameFor(sqliteFile), MigratedTemplate.PostgresDatabase(Server, Execute)),
            };
        if (!File.Exists(sqliteFile) && !File.Exists(sqliteFile + ".id")) MigratedTemplate.CopySqliteTo(sqliteFile);
        return Settings(sqliteFile);
    }

    /// <summary>Command-line arguments for a server process on the database <see cref="Migrated"/> prepares.</summary>
    public static string[] Arguments(string sqliteFile) =>
        [.. Migrated(sqliteFile).Select(s => $"--{s.Key}={s.Value}")];

    /// <summary>
    /// A context on the database for <paramref name="sqliteFile"/>, to read what a server process left there (e.g.
    /// after killing it); the caller disposes it.
    /// </summary>
    public static AppDbContext Open(string sqliteFile) => Server is null
        ? new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={sqliteFile}").Options)
        : new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(Ensure(NameFor(sqliteFile))).Options);

    /// <summary>Removes the file (and its WAL, shared memory and marker), or drops the PostgreSQL database.</summary>
    public static void Delete(string sqliteFile)
    {
        if (Server is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".id" }) File.Delete(sqliteFile + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{NameFor(sqliteFile)}\" WITH (FORCE)");
    }

    private static string NameFor(string sqliteFile) =>
        "ew_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(sqliteFile))))[..24];

    private static string Ensure(string name, string? template = null)
    {
        // C collation: text sorts by code point, as SQLite's BINARY collation does, whatever the cluster's locale
        // (a migrated template was created so itself).
        try { Execute($"CREATE DATABASE \"{name}\" TEMPLATE {(template is null ? "template0" : $"\"{template}\"")} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"); }
        catch (PostgresException e) when (e.SqlState == "42P04") { } // exists: the same test server started again
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test of the SQLite file itself: skipped when the suite runs on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = TestDatabase.SqliteOnly;
    }
}

/// <summary>The theory form of <see cref="SqliteFactAttribute"/>.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = TestDatabase.SqliteOnly;
    }
}

/// <summary>
/// A slow test of what the server does whatever its database (<see cref="TestDatabase.ProviderNeutral"/>, or the
/// reason given, e.g. <see cref="TestDatabase.StudioInBrowser"/>): run on SQLite, skipped on PostgreSQL with that
/// reason so CI does not pay for it twice. A test where the database's behaviour is the point (concurrency, SIGKILL
/// mid-write, the back-office pages' queries) stays a plain fact and runs on both.
/// </summary>
public sealed class ProviderNeutralFactAttribute : FactAttribute
{
    public ProviderNeutralFactAttribute(string reason = TestDatabase.ProviderNeutral)
    {
        if (TestDatabase.IsPostgres) Skip = reason;
    }
}

/// <summary>The theory form of <see cref="ProviderNeutralFactAttribute"/>.</summary>
public sealed class ProviderNeutralTheoryAttribute : TheoryAttribute
{
    public ProviderNeutralTheoryAttribute(string reason = TestDatabase.ProviderNeutral)
    {
        if (TestDatabase.IsPostgres) Skip = reason;
    }
}

/// <summary>A test of what only PostgreSQL does (row claims between nodes): skipped on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = $"Runs on PostgreSQL only: set {TestDatabase.Variable}.";
    }
}

/// <summary>The theory form of <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = $"Runs on PostgreSQL only: set {TestDatabase.Variable}.";
    }
}
