using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Data;

public static class DataExtensions
{
    /// <summary>SQLite file by default (ConnectionStrings:Default).</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config)
    {
        var cs = config.GetConnectionString("Default") ?? "Data Source=data/evalworkflows.db";
        services.AddDbContext<AppDbContext>(o => o.UseSqlite(cs).AddInterceptors(new SqliteDurability()));
        return services;
    }

    /// <summary>
    /// Creates or upgrades the schema and switches the SQLite file to WAL with synchronous=FULL, so a committed step
    /// survives a power cut.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var file = new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        // Migrations (Data/Migrations), so an existing database is brought up to the current model in place.
        await db.Database.MigrateAsync(ct);
    }
}
