using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Data;

public static class DataExtensions
{
    /// <summary>
    /// The database named by <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>: a SQLite file by
    /// default, guarded by <see cref="SqliteGuard"/>; or PostgreSQL, shared by several nodes. With its health check.
    /// Contexts are pooled: every workflow step takes one, and building a context with its options and internal
    /// services anew was a third of what a step allocated.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<DatabaseOptions>().Bind(config.GetSection(DatabaseOptions.Section));
        var provider = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = config.GetConnectionString("Default");
        if (provider == DatabaseProvider.Postgres) AddPostgres(services, connectionString);
        else AddSqlite(services, connectionString ?? "Data Source=data/evalworkflows.db");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    private static void AddSqlite(IServiceCollection services, string connectionString)
    {
        var file = new DatabaseFile(connectionString);
        services.AddSingleton(file);
        services.AddSingleton(new DatabaseConnection(DatabaseProvider.Sqlite, file.RuntimeConnectionString));
        services.AddSingleton<SqliteGuard>();
        services.AddDbContextPool<AppDbContext>((sp, o) =>
            o.UseSqlite(file.RuntimeConnectionString).AddInterceptors(sp.GetRequiredService<SqliteGuard>()));
    }

    private static void AddPostgres(IServiceCollection services, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Default is empty; set it, e.g. " +
                "\"Host=localhost;Database=evalworkflows;Username=evalworkflows;Password=…\".");
        services.AddSingleton(DatabaseFile.None());
        services.AddSingleton(new DatabaseConnection(DatabaseProvider.Postgres, connectionString));
        services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
    }

    /// <summary>
    /// Creates or upgrades the schema and learns the database's id. On SQLite it also switches the file to WAL with
    /// synchronous=FULL (a committed step survives a power cut), and an empty database is created only where none
    /// ever was, or when told to (<c>--init</c>): the marker beside the file remembers that one existed.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var file = scope.ServiceProvider.GetRequiredService<DatabaseFile>();
        var init = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Init;
        if (file.Path is not null) await CreateFileAsync(file, init, ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Migrations (Data/Migrations, Data/Migrations/Postgres), so an existing database is brought up to the
        // current model in place; EF Core holds a lock while it migrates, so nodes starting together take turns.
        await db.Database.MigrateAsync(ct);
        var identity = await ReadOrCreateIdentityAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
        var marked = file.ReadMarker();
        if (marked is not null && marked != identity.Id)
            scope.ServiceProvider.GetRequiredService<ILogger<DatabaseFile>>().LogWarning(
                "The database at {Path} is {Id}, not {Marked} as last started; taking it as restored on purpose.",
                file.Path, identity.Id, marked);
        file.WriteMarker(identity.Id);
        file.Expect(identity.Id);
    }

    /// <summary>The one identity row; on PostgreSQL a table lock keeps two nodes starting at once from writing two.</summary>
    private static async Task<DatabaseIdentity> ReadOrCreateIdentityAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE database_identity IN SHARE ROW EXCLUSIVE MODE", ct);
        var identity = await db.Set<DatabaseIdentity>().FirstOrDefaultAsync(ct);
        if (identity is null)
        {
            identity = DatabaseIdentity.Create(time.GetUtcNow());
            db.Add(identity);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return identity;
    }

    private static async Task CreateFileAsync(DatabaseFile file, bool init, CancellationToken ct)
    {
        if (!File.Exists(file.Path) && file.ReadMarker() is { } lost && !init)
            throw new InvalidOperationException(
                $"The database file {file.Path} is missing, but {file.MarkerPath} says database {lost} was there. " +
                "Restore the file, or start with --init (Database:Init=true) to begin with an empty database.");
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        await using var connection = new SqliteConnection(file.CreatingConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(ct);
    }
}
