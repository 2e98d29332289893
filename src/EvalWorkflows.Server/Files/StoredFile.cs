using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Files;

/// <summary>
/// An uploaded material (PDF or image) kept in the database beside the records that cite it, so a filing and its
/// files are backed up and restored together. Uploaded by an institution, then attached to the filing that
/// submits it (<see cref="FilingId"/>), or to the batch whose results (<see cref="PlanId"/>) or answer to an
/// objection (<see cref="PlanId"/> and <see cref="ObjectionId"/>) cite it; an unattached file is a draft only its
/// institution can read.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid? FilingId { get; set; }
    public Guid? PlanId { get; set; }
    public Guid? ObjectionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the content, lower-case hex: the digest a filing's material records.</summary>
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.FilingId);
        b.HasIndex(x => x.PlanId);
        b.HasIndex(x => x.ObjectionId);
        b.HasOne<Institutions.Institution>().WithMany().HasForeignKey(x => x.InstitutionId);
    }
}
