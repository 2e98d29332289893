using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Portal;

/// <summary>The filings a filed institution's later procedures concern: filed, being renewed, or expired and in grace.</summary>
public static class PortalFilings
{
    public static Task<List<Filing>> LivingAsync(AppDbContext db, Guid institutionId, CancellationToken ct) =>
        db.Set<Filing>().AsNoTracking()
            .Where(f => f.InstitutionId == institutionId
                && (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Renewing || f.Status == FilingStatus.Expired))
            .OrderBy(f => f.ValidUntil).ToListAsync(ct);
}
