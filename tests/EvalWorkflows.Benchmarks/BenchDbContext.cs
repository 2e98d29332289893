using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Benchmarks;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    /// <summary>The engine's tables as the server's model has them on each provider.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddWorkflowEngine();
        SqliteJournalKey.UseRowIdOnSqlite(modelBuilder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseWorkflowConventions();
}
