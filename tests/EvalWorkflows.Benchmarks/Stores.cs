using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EvalWorkflows.Benchmarks;

/// <summary>A database the engine is measured on, and plain transactions on the same kind of database.</summary>
internal abstract class Store : IAsyncDisposable
{
    public abstract string Name { get; }

    public abstract void Configure(DbContextOptionsBuilder options);

    /// <summary>A connection to a second, empty database of the same kind, for the raw transactions.</summary>
    public abstract Task<DbConnection> OpenRawAsync();

    public abstract ValueTask DisposeAsync();

    private DbConnection? _raw;

    /// <summary>
    /// Right after the engine's run of <paramref name="row"/>, so both see the same machine: as many operations, each
    /// TxPerOp transactions inserting RowsPerTx rows of similar width.
    /// </summary>
    public async Task<double> RawRateAsync(Row row)
    {
        if (_raw is null)
        {
            _raw = await OpenRawAsync();
            await using var setup = _raw.CreateCommand();
            setup.CommandText = "CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c INTEGER, d TEXT)";
            await setup.ExecuteNonQueryAsync();
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < row.Count; i++)
            for (var tx = 0; tx < row.TxPerOp; tx++) await InsertAsync(_raw, row.RowsPerTx, i);
        return row.Count / sw.Elapsed.TotalSeconds;
    }

    protected async ValueTask CloseRawAsync()
    {
        if (_raw is not null) await _raw.DisposeAsync();
        _raw = null;
    }

    private static async Task InsertAsync(DbConnection connection, int rows, int i)
    {
        await using var tx = await connection.BeginTransactionAsync();
        for (var r = 0; r < rows; r++)
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO t VALUES (@id, @a, @b, @c, @d)";
            Add(cmd, "@id", Guid.NewGuid().ToString());
            Add(cmd, "@a", "element-entered");
            Add(cmd, "@b", "{\"businessKey\":\"B-1\"}");
            Add(cmd, "@c", i);
            Add(cmd, "@d", "bench");
            await cmd.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}

/// <summary>SQLite files in WAL mode with synchronous=FULL (Microsoft.Data.Sqlite's default), as the server runs.</summary>
internal sealed class SqliteStore(DirectoryInfo dir) : Store
{
    public override string Name => "SQLite (file, WAL, synchronous=FULL)";

    public override void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite($"Data Source={Path.Combine(dir.FullName, "engine.db")}");

    public override async Task<DbConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dir.FullName, "raw.db")}");
        await connection.OpenAsync();
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
        await wal.ExecuteNonQueryAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseRawAsync();
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>Two throw-away databases on the PostgreSQL server the connection string names, dropped afterwards.</summary>
internal sealed class PostgresStore(string server) : Store
{
    private readonly string _engineDb = $"ew_bench_{Guid.NewGuid():N}";
    private readonly string _rawDb = $"ew_bench_raw_{Guid.NewGuid():N}";

    public override string Name => "PostgreSQL";

    private string On(string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    public override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(On(_engineDb));

    public override async Task<DbConnection> OpenRawAsync()
    {
        await AdminAsync($"CREATE DATABASE {_rawDb}");
        var connection = new NpgsqlConnection(On(_rawDb));
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseRawAsync();
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {_engineDb} WITH (FORCE)");
        await AdminAsync($"DROP DATABASE IF EXISTS {_rawDb} WITH (FORCE)");
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(On("postgres"));
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
