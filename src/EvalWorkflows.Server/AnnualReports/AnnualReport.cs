using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>
/// 年度工作总结 — an institution's summary of one year's work, due 1–10 March of the next year (003 §四(二)),
/// with the outline of 003 annex 3. The annual-report workflow creates the row (status Expected) with the
/// window it computed, so the API refuses a summary outside that window without restating the rule.
/// </summary>
public sealed class AnnualReport
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public Guid InstitutionId { get; set; }
    public int Year { get; set; }
    public AnnualReportStatus Status { get; set; } = AnnualReportStatus.Expected;
    public DateOnly WindowOpens { get; set; }
    public DateOnly WindowCloses { get; set; }
    /// <summary>Set when a clerk returns the summary: the last day to resubmit it.</summary>
    public DateOnly? ResubmitDueOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? ReturnReason { get; set; }
    public AnnualReportContent? Content { get; set; }
    public Guid? InstanceId { get; set; }
    public required string Basis { get; set; }
}

public enum AnnualReportStatus { Expected, Submitted, Returned, Accepted, Overdue }

/// <summary>The summary's figures and texts, after the outline of 003 annex 3.</summary>
public sealed class AnnualReportContent
{
    /// <summary>一、基本情况.</summary>
    public string? Overview { get; set; }
    /// <summary>二、培训工作开展情况.</summary>
    public string? Training { get; set; }
    /// <summary>三(一) 评价批次、报考与合格人数.</summary>
    public int BatchesHeld { get; set; }
    /// <summary>Candidates assessed in the year (报考人数).</summary>
    public int CandidatesAssessed { get; set; }
    /// <summary>Candidates who passed (合格人数).</summary>
    public int CandidatesPassed { get; set; }
    /// <summary>Skill-level certificates issued in the year.</summary>
    public int CertificatesIssued { get; set; }
    /// <summary>存在问题 (problems met during the year).</summary>
    public string? Problems { get; set; }
    /// <summary>四、下一步培训评价工作打算.</summary>
    public required string Plans { get; set; }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("annual_reports");
        b.Property(x => x.Status).HasConversion<string>();
        b.HasIndex(x => new { x.FilingId, x.Year }).IsUnique();
        b.OwnsOne(x => x.Content, o => o.ToJson());
        b.HasOne<Filings.Filing>().WithMany().HasForeignKey(x => x.FilingId);
    }
}
