using System.Security.Cryptography;
using System.Text;
using EvalWorkflows.Server.Data;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvalWorkflows.Server.Tests.Support;

/// <summary>
/// The schema every test server would otherwise build for itself at start-up (every migration, and on PostgreSQL
/// Hangfire's tables), built once and copied: a SQLite file copied byte for byte, a PostgreSQL database created
/// from a template database. The copy holds the schema only (no database identity, no users), so each server
/// still starts as on an empty database it migrated itself: start-up finds no pending migration, writes its own
/// identity and seeds its own users.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<string> SqliteFile = new(BuildSqliteFile);

    /// <summary>Writes the migrated schema to <paramref name="path"/>.</summary>
    public static void CopySqliteTo(string path) => File.Copy(SqliteFile.Value, path);

    private static string BuildSqliteFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ew-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options))
        {
            db.Database.Migrate();
            // As the server leaves a file it created: in WAL mode, everything checkpointed into the one file.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        };
        return file;
    }

    /// <summary>
    /// The name of a migrated template database in the cluster <paramref name="server"/> names, built on first use.
    /// Named after the schema it holds (today's create script and Hangfire's version), so test runs of the same code
    /// share it, a run of other code (another branch on the same cluster) builds its own, and a half-built one (a run
    /// killed while building) is never taken: it is built under another name and renamed when complete.
    /// </summary>
    public static string PostgresDatabase(string server, Action<string> execute)
    {
        lock (PostgresGate) return _postgres ??= BuildPostgres(server, execute);
    }

    private static readonly Lock PostgresGate = new();
    private static string? _postgres;

    private static string BuildPostgres(string server, Action<string> execute)
    {
        var name = "ew_template_" + SchemaHash(server);
        using var admin = Open(server, "postgres");
        // One builder at a time across every test process on the cluster.
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", admin))
        {
            lockCommand.Parameters.AddWithValue("name", name);
            lockCommand.ExecuteNonQuery();
        }
        using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin))
        {
            exists.Parameters.AddWithValue("name", name);
            if ((long)exists.ExecuteScalar()! > 0) return name;
        }
        var building = name + "_building";
        execute($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        // C collation: text sorts by code point, as SQLite's BINARY collation does, whatever the cluster's locale.
        execute($"CREATE DATABASE \"{building}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = building, Pooling = false }.ToString();
        using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options))
            db.Database.Migrate();
        // Hangfire's tables, as the server's job storage installs them (PrepareSchemaIfNecessary) when it starts.
        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true };
        _ = new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, options), options);
        execute($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        return name;
    }

    /// <summary>What the template holds: the model's create script (which every migration ends in) and Hangfire's schema version.</summary>
    private static string SchemaHash(string server)
    {
        using var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(server).Options);
        var schema = string.Join('\n', db.Database.GetMigrations()) + db.Database.GenerateCreateScript()
            + typeof(PostgreSqlStorage).Assembly.GetName().Version;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema)))[..16];
    }

    private static NpgsqlConnection Open(string server, string database)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
