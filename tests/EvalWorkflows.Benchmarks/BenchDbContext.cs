using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Benchmarks;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddWorkflowEngine();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseWorkflowConventions();
}
