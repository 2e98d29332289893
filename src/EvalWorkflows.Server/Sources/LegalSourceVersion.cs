using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Sources;

/// <summary>
/// One state of a legal source, as seeded from the shipped file or as an admin saved it. Rows are only added:
/// the newest row of a code is in force, and the older ones are its history.
/// </summary>
public sealed class LegalSourceVersion
{
    /// <summary>Who wrote the versions copied from the shipped file.</summary>
    public const string Seeder = Auth.Actors.System;

    public long Id { get; private init; }
    public required string Code { get; init; }
    /// <summary>The <see cref="LegalSource"/> as JSON.</summary>
    public required string Document { get; init; }
    public required string ChangedBy { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}

internal sealed class LegalSourceVersionConfiguration : IEntityTypeConfiguration<LegalSourceVersion>
{
    public void Configure(EntityTypeBuilder<LegalSourceVersion> builder)
    {
        builder.ToTable("legal_source_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Code).HasMaxLength(32);
        builder.Property(v => v.ChangedBy).HasMaxLength(256);
        builder.HasIndex(v => new { v.Code, v.Id });
    }
}
