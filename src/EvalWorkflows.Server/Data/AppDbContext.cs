using EvalWorkflows.Engine.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// One database for users, workflow state and domain records, so a workflow step and the records it writes
/// commit in one transaction. Features add their entities with an <see cref="IEntityTypeConfiguration{T}"/>
/// in their own folder; they are picked up here.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.AddWorkflowEngine();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
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
