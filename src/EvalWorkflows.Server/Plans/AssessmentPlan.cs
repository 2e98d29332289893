using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Plans;

/// <summary>
/// 考核计划 / 批次 — one assessment batch an institution reports: occupations and levels, exam dates, the
/// assessor panel, and the quality supervisor assigned to it.
/// </summary>
public sealed class AssessmentPlan
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public Guid InstitutionId { get; set; }
    public DateOnly ExamStart { get; set; }
    public DateOnly ExamEnd { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public PlanStatus Status { get; private set; } = PlanStatus.Submitted;
    public List<PlanOccupation> Occupations { get; set; } = [];
    public List<PlanAssessor> Assessors { get; set; } = [];
    public List<PlanSession> Sessions { get; set; } = [];
    public string? SupervisorUserName { get; private set; }
    /// <summary>The day the results were first published (002 §四(三)).</summary>
    public DateOnly? ResultsPublishedOn { get; private set; }
    /// <summary>The last day of publicity; moves when an upheld objection restarts it.</summary>
    public DateOnly? PublicityEndsOn { get; private set; }
    /// <summary>Optimistic concurrency: every change below moves it, so two steps on one batch cannot both commit.</summary>
    public long Revision { get; private set; }

    /// <summary>A step of the plan workflow moves the batch (e.g. Refused when the clerk returns it).</summary>
    public void MoveTo(PlanStatus status)
    {
        Status = status;
        Revision++;
    }

    /// <summary>The clerk dispatched a quality supervisor (001 art. 17): the plan is approved.</summary>
    public void AssignSupervisor(string userName)
    {
        SupervisorUserName = userName;
        MoveTo(PlanStatus.Approved);
    }

    /// <summary>Results published (002 §四(三)): publicity runs until <paramref name="endsOn"/>; the first day is kept.</summary>
    public void OpenPublicity(DateOnly publishedOn, DateOnly endsOn)
    {
        ResultsPublishedOn ??= publishedOn;
        PublicityEndsOn = endsOn;
        MoveTo(PlanStatus.Publicity);
    }

    /// <summary>An upheld objection corrected the results: publicity starts again and ends on <paramref name="endsOn"/>.</summary>
    public void RestartPublicity(DateOnly endsOn)
    {
        PublicityEndsOn = endsOn;
        Revision++;
    }
}

/// <summary>Where a batch stands. A batch counts toward renewal (004 §三) once approved and not refused.</summary>
public enum PlanStatus { Submitted, Approved, Refused, Examined, Publicity, Completed, ResultsNotRecognized }

public sealed class PlanOccupation
{
    public required string OccupationCode { get; set; }
    public string? OccupationName { get; set; }
    public int Level { get; set; }
    public int Candidates { get; set; }
}

/// <summary>One exam session (场次): its date, time and place.</summary>
public sealed class PlanSession
{
    public DateOnly Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
}

public sealed class PlanAssessor
{
    public required string Name { get; set; }
    public required string OccupationCode { get; set; }
    /// <summary>The assessor's own skill level or title: 1 = 一级/高级技师; 0 = senior professional title.</summary>
    public int QualificationLevel { get; set; }
}

internal sealed class AssessmentPlanConfiguration : IEntityTypeConfiguration<AssessmentPlan>
{
    public void Configure(EntityTypeBuilder<AssessmentPlan> b)
    {
        b.ToTable("assessment_plans");
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => x.FilingId);
        b.OwnsMany(x => x.Occupations, o => o.ToJson());
        b.OwnsMany(x => x.Assessors, o => o.ToJson());
        b.OwnsMany(x => x.Sessions, o => o.ToJson());
        b.HasOne<Filings.Filing>().WithMany().HasForeignKey(x => x.FilingId);
    }
}
