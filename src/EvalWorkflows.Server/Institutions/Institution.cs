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

    /// <summary>
    /// Applies the given contact details (null leaves a field as it is) and tells which fields changed, with their
    /// values before and after, so the caller can keep the history.
    /// </summary>
    public List<(string Field, string Old, string New)> CorrectContact(string? contactName, string? contactPhone, string? email,
        string? address)
    {
        var changes = new List<(string, string, string)>();
        void Apply(string field, string? value, Func<string> get, Action<string> set)
        {
            if (value is null || value.Trim() == get()) return;
            changes.Add((field, get(), value.Trim()));
            set(value.Trim());
        }
        Apply("contactName", contactName, () => ContactName, v => ContactName = v);
        Apply("contactPhone", contactPhone, () => ContactPhone, v => ContactPhone = v);
        Apply("email", email, () => Email, v => Email = v);
        Apply("address", address, () => Address, v => Address = v);
        return changes;
    }
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
