using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that its migrations (Data/Migrations/Postgres) are
/// kept apart from SQLite's: EF Core picks a context's migrations by context type. Everything else asks for
/// <see cref="AppDbContext"/> and gets this one when <c>Database:Provider</c> is <c>Postgres</c>.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
