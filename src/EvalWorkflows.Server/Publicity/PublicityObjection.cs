using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// 公示异议 — an objection anyone raises against published results during publicity (002 §四(三)); the institution
/// may answer it while it is open, and a clerk upholds it (the results are corrected and publicity starts again) or
/// dismisses it.
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
    /// <summary>The institution's answer while the objection is open (its files: <see cref="Files.StoredFile.ObjectionId"/>).</summary>
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredBy { get; set; }
}

public enum ObjectionStatus { Open, Upheld, Dismissed }

internal sealed class PublicityObjectionConfiguration : IEntityTypeConfiguration<PublicityObjection>
{
    public void Configure(EntityTypeBuilder<PublicityObjection> b)
    {
        b.ToTable("publicity_objections");
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.Answer).HasMaxLength(AnswerObjectionRequest.MaxAnswer);
        b.HasIndex(x => x.PlanId);
        b.HasOne<Plans.AssessmentPlan>().WithMany().HasForeignKey(x => x.PlanId);
    }
}
