using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Renewals;

/// <summary>
/// 备案续期申请 — an application to renew a filing, made in the 90 days before expiry or in the 60-day grace
/// period after it (004 §二, §五(二)), with the checks of 004 §三 and the evaluator's decision (004 §四).
/// </summary>
public sealed class RenewalApplication
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public Guid InstitutionId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>Made during the grace period after expiry (004 §五(二)).</summary>
    public bool Late { get; set; }
    /// <summary>续期申请表 and 工作总结 (004 §四(一)).</summary>
    public required string Statement { get; set; }
    /// <summary>书面说明 when fewer than 6 batches were held (004 §三(一)2).</summary>
    public string? BatchExplanation { get; set; }
    /// <summary>岗位、薪资、奖金等激励制度佐证材料, required of employers (004 §三(一)3).</summary>
    public string? IncentiveEvidence { get; set; }
    /// <summary>Declared by the institution: a rectification order not yet completed (004 §三(二)1).</summary>
    public bool UnfinishedRectification { get; set; }
    public RenewalStatus Status { get; set; } = RenewalStatus.Received;
    public List<RenewalCheck> Checks { get; set; } = [];
    public DateOnly? DecidedOn { get; set; }
    public string? Reasons { get; set; }
    public Guid? InstanceId { get; set; }
}

public enum RenewalStatus { Received, Passed, Failed }

/// <summary>One condition of 004 §三 as the evaluator sees it.</summary>
public sealed class RenewalCheck
{
    /// <summary>The check's stable code.</summary>
    public required string Code { get; set; }
    /// <summary>What the check looks at, in Chinese.</summary>
    public required string Title { get; set; }
    /// <summary>Whether the condition is met.</summary>
    public bool Passed { get; set; }
    /// <summary>What was found, in Chinese.</summary>
    public required string Detail { get; set; }
    /// <summary>The legal basis key of the condition, e.g. "004 §三(一)2".</summary>
    public required string Basis { get; set; }
}

internal sealed class RenewalApplicationConfiguration : IEntityTypeConfiguration<RenewalApplication>
{
    public void Configure(EntityTypeBuilder<RenewalApplication> b)
    {
        b.ToTable("renewal_applications");
        b.Property(x => x.Status).HasConversion<string>();
        b.HasIndex(x => x.FilingId);
        b.OwnsMany(x => x.Checks, o => o.ToJson());
        b.HasOne<Filings.Filing>().WithMany().HasForeignKey(x => x.FilingId);
    }
}
