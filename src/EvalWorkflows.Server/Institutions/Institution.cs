using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Institutions;

/// <summary>评价机构 — a skill-evaluation institution and the contact who receives its notices.</summary>
public sealed class Institution
{
    public const string ProvinceAuthority = "province";

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string CreditCode { get; set; }
    public InstitutionKind Kind { get; set; }
    public required string LegalRepresentative { get; set; }
    public required string Address { get; set; }
    public required string ContactName { get; set; }
    public required string ContactPhone { get; set; }
    public required string Email { get; set; }
    /// <summary>The authority it files with: "province" or a city's division code (000 §三.1, 003 §一).</summary>
    public required string Authority { get; set; }
    public string? UserName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The kinds of institution the notices distinguish (003 §一; 002 §二).</summary>
public enum InstitutionKind
{
    Enterprise, IndustryAssociation, University, TechnicalSchool, PrivateTrainingInstitution, HrDepartmentCentre, Other,
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("institutions");
        b.HasIndex(x => x.CreditCode).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>();
    }
}
