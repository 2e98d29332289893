using Microsoft.EntityFrameworkCore.ChangeTracking;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// 补正告知 — one correction notice of a formal review: every item to correct (000 §三.2), and a fingerprint of each
/// material and form section as the reviewer saw it, so a later round can tell what the first review could
/// already have raised.
/// </summary>
public sealed class FilingCorrectionRound
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public int Round { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? RequestedBy { get; set; }
    public List<CorrectionItem> Items { get; set; } = [];
    /// <summary>Target (material kind or form section) → fingerprint, at the time of this review.</summary>
    public Dictionary<string, string> Snapshot { get; set; } = [];

    /// <summary>What the reviewer saw: every submitted material and every form section, fingerprinted.</summary>
    public static Dictionary<string, string> Fingerprints(Filing filing)
    {
        var prints = filing.Materials.ToDictionary(m => m.Kind, m => m.Fingerprint);
        prints["scope"] = Hash(filing.Scope);
        prints["premises"] = Hash(filing.Premises);
        prints["assessors"] = Hash(filing.Assessors);
        return prints;
    }

    private static string Hash<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}

/// <summary>One item of a correction notice: the material or form section, and what is wrong with it.</summary>
public sealed class CorrectionItem
{
    /// <summary>The material kind's code or form section the item is about.</summary>
    public required string Target { get; set; }
    /// <summary>What is wrong and must be corrected, in Chinese.</summary>
    public required string Description { get; set; }

    /// <summary>The item as people read it: 【material title】description.</summary>
    public string Display => $"【{MaterialKinds.TitleOf(Target)}】{Description}";
}

internal sealed class FilingCorrectionRoundConfiguration : IEntityTypeConfiguration<FilingCorrectionRound>
{
    public void Configure(EntityTypeBuilder<FilingCorrectionRound> b)
    {
        b.ToTable("filing_correction_rounds");
        b.HasIndex(x => new { x.FilingId, x.Round }).IsUnique();
        b.OwnsMany(x => x.Items, o => o.ToJson());
        b.Property(x => x.Snapshot).HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));
        b.HasOne<Filing>().WithMany().HasForeignKey(x => x.FilingId);
    }
}
