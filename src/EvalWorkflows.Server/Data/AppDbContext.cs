using EvalWorkflows.Engine.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// One database for users, workflow state and domain records, so a workflow step and the records it writes
/// commit in one transaction. Features add their entities with an <see cref="IEntityTypeConfiguration{T}"/>
/// in their own folder; they are picked up here. One model for every provider: the SQLite migrations belong
/// to this type, the PostgreSQL ones to <see cref="PostgresAppDbContext"/>.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    /// <summary>For a provider's subclass, which owns that provider's migrations.</summary>
    protected AppDbContext(DbContextOptions options) : base(options) { }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.AddWorkflowEngine();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.ApplyConfiguration(new Workflows.TaskInboxColumns(stored: !Database.IsSqlite()));
        SqliteJournalKey.UseRowIdOnSqlite(builder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseWorkflowConventions();
}

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>Set for institution users: they see only their own institution's records.</summary>
    public Guid? InstitutionId { get; set; }
}
