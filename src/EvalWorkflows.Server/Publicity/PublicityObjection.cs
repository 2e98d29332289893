using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// 公示异议 — an objection anyone raises against published results during publicity (002 §四(三)); a clerk
/// upholds it (the results are corrected and publicity starts again) or dismisses it.
/// </summary>
public sealed class PublicityObjection
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public required string RaisedBy { get; set; }
    public required string Contact { get; set; }
    public required string Content { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public ObjectionStatus Status { get; set; } = ObjectionStatus.Open;
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

public enum ObjectionStatus { Open, Upheld, Dismissed }

internal sealed class PublicityObjectionConfiguration : IEntityTypeConfiguration<PublicityObjection>
{
    public void Configure(EntityTypeBuilder<PublicityObjection> b)
    {
        b.ToTable("publicity_objections");
        b.Property(x => x.Status).HasConversion<string>();
        b.HasIndex(x => x.PlanId);
        b.HasOne<Plans.AssessmentPlan>().WithMany().HasForeignKey(x => x.PlanId);
    }
}
