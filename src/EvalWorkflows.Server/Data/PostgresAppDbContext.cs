using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that its migrations (Data/Migrations/Postgres) are
/// kept apart from SQLite's: EF Core picks a context's migrations by context type. Everything else asks for
/// <see cref="AppDbContext"/> and gets this one when <c>Database:Provider</c> is <c>Postgres</c>.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

/// <summary>
/// For <c>dotnet ef migrations add Name --context PostgresAppDbContext -o Data/Migrations/Postgres</c>: adding a
/// migration needs the provider, not a server, so no connection is opened.
/// </summary>
internal sealed class PostgresAppDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=evalworkflows").Options);
}
