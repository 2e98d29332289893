using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Data;

public static class DataExtensions
{
    /// <summary>SQLite file by default (ConnectionStrings:Default), guarded by <see cref="SqliteGuard"/>, with its health check.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config)
    {
        var file = new DatabaseFile(config.GetConnectionString("Default") ?? "Data Source=data/evalworkflows.db");
        services.AddSingleton(file);
        services.AddSingleton<SqliteGuard>();
        services.AddOptions<DatabaseOptions>().Bind(config.GetSection(DatabaseOptions.Section));
        services.AddDbContext<AppDbContext>((sp, o) =>
            o.UseSqlite(file.RuntimeConnectionString).AddInterceptors(sp.GetRequiredService<SqliteGuard>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>
    /// Creates or upgrades the schema, switches the file to WAL with synchronous=FULL (a committed step survives a
    /// power cut), and learns the database's id. An empty database is created only where none ever was, or
    /// when told to (<c>--init</c>): the marker beside the file remembers that one existed.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var file = scope.ServiceProvider.GetRequiredService<DatabaseFile>();
        var init = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Init;
        if (file.Path is not null) await CreateFileAsync(file, init, ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Migrations (Data/Migrations), so an existing database is brought up to the current model in place.
        await db.Database.MigrateAsync(ct);
        var identity = await db.Set<DatabaseIdentity>().FirstOrDefaultAsync(ct);
        if (identity is null)
        {
            identity = DatabaseIdentity.Create(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
            db.Add(identity);
            await db.SaveChangesAsync(ct);
        }
        var marked = file.ReadMarker();
        if (marked is not null && marked != identity.Id)
            scope.ServiceProvider.GetRequiredService<ILogger<DatabaseFile>>().LogWarning(
                "The database at {Path} is {Id}, not {Marked} as last started; taking it as restored on purpose.",
                file.Path, identity.Id, marked);
        file.WriteMarker(identity.Id);
        file.Expect(identity.Id);
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
