using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests.Support;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddWorkflowEngine();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseWorkflowConventions();
}
