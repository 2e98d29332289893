using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// 备案 — an institution's registration with one authority: its scope, premises and assessors, the code and
/// dates assigned when it is filed, and where it stands. Status changes only through <see cref="ChangeStatus"/>,
/// which records each change with who, when and the rule applied.
/// </summary>
public sealed class Filing
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public required string Authority { get; set; }
    public FilingStatus Status { get; private set; } = FilingStatus.Submitted;
    /// <summary>机构代码, assigned when the filing is completed (001 art. 9).</summary>
    public string? InstitutionCode { get; set; }
    public List<ScopeItem> Scope { get; set; } = [];
    public Premises Premises { get; set; } = new();
    public List<Assessor> Assessors { get; set; } = [];
    /// <summary>The materials as last submitted (000 §二; 001 art. 6); see <see cref="MaterialKinds"/>.</summary>
    public List<FilingMaterial> Materials { get; set; } = [];
    /// <summary>1 for the application, +1 for each resubmission after a correction notice.</summary>
    public int SubmissionVersion { get; set; } = 1;
    public DateTimeOffset SubmittedAt { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? CompletionDueOn { get; set; }
    public DateOnly? FiledOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public DateOnly? RenewalOpensOn { get; set; }
    public DateOnly? GraceUntil { get; set; }
    /// <summary>Set at expiry: no new plans, no result uploads (004 §五(二)).</summary>
    public bool DataReportingStopped { get; set; }
    public List<FilingStatusChange> StatusHistory { get; set; } = [];
    public long Revision { get; set; }

    public void ChangeStatus(FilingStatus to, DateTimeOffset at, string? actor, string? basis, string? note = null)
    {
        if (to == Status) return;
        StatusHistory.Add(new FilingStatusChange
        {
            Id = RowIds.Next(at), FilingId = Id, From = Status, To = to, At = at, Actor = actor, Basis = basis, Note = note,
        });
        Status = to;
        Revision++;
    }
}

public enum FilingStatus { Submitted, CorrectionRequested, Accepted, Filed, Refused, Renewing, Expired, Ended, Abandoned }

/// <summary>One occupation (work type) and its levels: 5 = 五级/初级工 … 1 = 一级/高级技师.</summary>
public sealed class ScopeItem
{
    /// <summary>职业分类大典 code, e.g. 6-18-01-01.</summary>
    public required string OccupationCode { get; set; }
    /// <summary>The occupation's name in the catalogue.</summary>
    public required string OccupationName { get; set; }
    /// <summary>The work type (工种) within the occupation, if any.</summary>
    public string? WorkType { get; set; }
    /// <summary>Levels assessed, 1 (一级/高级技师) to 5 (五级/初级工).</summary>
    public List<int> Levels { get; set; } = [];
    /// <summary>Floor area of the theory exam room, m².</summary>
    public decimal TheoryAreaM2 { get; set; }
    /// <summary>Seats in the theory exam room.</summary>
    public int TheorySeats { get; set; }
    /// <summary>Practical exam stations.</summary>
    public int PracticeStations { get; set; }
}

public sealed class Premises
{
    /// <summary>Office floor area, m².</summary>
    public decimal OfficeAreaM2 { get; set; }
    /// <summary>Years the premises are owned or leased for (000 annex 1 note 2).</summary>
    public decimal TenureYears { get; set; }
    /// <summary>Where the premises are.</summary>
    public string? Address { get; set; }
}

/// <summary>考评人员 — an assessor: own staff or not, occupation, and the highest level they may assess.</summary>
public sealed class Assessor
{
    /// <summary>The assessor's name.</summary>
    public required string Name { get; set; }
    /// <summary>The 职业分类大典 code of the occupation the assessor is qualified in.</summary>
    public required string OccupationCode { get; set; }
    /// <summary>The assessor's own skill level or title: 1 = 一级/高级技师; 0 = senior professional title.</summary>
    public int QualificationLevel { get; set; }
    /// <summary>Whether the assessor is the institution's own staff.</summary>
    public bool OwnStaff { get; set; }
    /// <summary>The assessor's certificate number, if given.</summary>
    public string? CertificateNo { get; set; }
}

public sealed class FilingStatusChange
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public FilingStatus From { get; set; }
    public FilingStatus To { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Actor { get; set; }
    public string? Basis { get; set; }
    public string? Note { get; set; }
}

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> b)
    {
        b.ToTable("filings");
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.InstitutionCode).IsUnique();
        b.OwnsMany(x => x.Scope, o => o.ToJson());
        b.OwnsOne(x => x.Premises, o => o.ToJson());
        b.OwnsMany(x => x.Assessors, o => o.ToJson());
        b.OwnsMany(x => x.Materials, o => o.ToJson());
        b.HasMany(x => x.StatusHistory).WithOne().HasForeignKey(x => x.FilingId);
        b.HasOne<Institutions.Institution>().WithMany().HasForeignKey(x => x.InstitutionId);
    }
}

internal sealed class FilingStatusChangeConfiguration : IEntityTypeConfiguration<FilingStatusChange>
{
    public void Configure(EntityTypeBuilder<FilingStatusChange> b)
    {
        b.ToTable("filing_status_changes");
        // Ids are set by Filing.ChangeStatus, so EF must add a change it finds in the collection, not update it.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.From).HasConversion<string>();
        b.Property(x => x.To).HasConversion<string>();
    }
}
