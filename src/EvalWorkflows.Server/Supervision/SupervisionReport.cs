using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Supervision;

/// <summary>
/// 质量督导报告 — the quality supervisor's independent assessment of one batch and recommendation on its
/// validity, due within 3 working days after the exam (001 art. 18).
/// </summary>
public sealed class SupervisionReport
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public required string Supervisor { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string ExamAdministration { get; set; }
    public required string CandidateEligibility { get; set; }
    public required string QuestionsAndAssessors { get; set; }
    public required string PremisesAndEquipment { get; set; }
    public required string Fees { get; set; }
    public BatchRecommendation Recommendation { get; set; }
    /// <summary>Which ground of 001 art. 31 makes the batch invalid, when it is.</summary>
    public string? InvalidityGrounds { get; set; }
}

public enum BatchRecommendation { Valid, Invalid }

internal sealed class SupervisionReportConfiguration : IEntityTypeConfiguration<SupervisionReport>
{
    public void Configure(EntityTypeBuilder<SupervisionReport> b)
    {
        b.ToTable("supervision_reports");
        b.Property(x => x.Recommendation).HasConversion<string>();
        b.HasIndex(x => x.PlanId).IsUnique();
        b.HasOne<Plans.AssessmentPlan>().WithMany().HasForeignKey(x => x.PlanId);
    }
}
