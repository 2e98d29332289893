using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// 备案职业（工种）新增、变更申请 — an institution's request to add or change occupations in its scope, kept for
/// a clerk's review. Refused while the renewal window is open (004 §五(一)).
/// </summary>
public sealed class ScopeChangeRequest
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string Description { get; set; }
    public string? RequestedBy { get; set; }
    public string Status { get; set; } = "pending-review";
}

internal sealed class ScopeChangeRequestConfiguration : IEntityTypeConfiguration<ScopeChangeRequest>
{
    public void Configure(EntityTypeBuilder<ScopeChangeRequest> b)
    {
        b.ToTable("scope_change_requests");
        b.HasIndex(x => x.FilingId);
        b.HasOne<Filings.Filing>().WithMany().HasForeignKey(x => x.FilingId);
    }
}
