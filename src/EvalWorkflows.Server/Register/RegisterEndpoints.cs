using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Renewals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Register;

public sealed record RegisterScope(string OccupationCode, string OccupationName, string? WorkType, IReadOnlyList<int> Levels, string LevelNames);

/// <summary>One filed institution as the public sees it (000 §四.1; 003 §一(二), §四(三); 001 art. 28).</summary>
public sealed record RegisterEntry(
    string Name, string? InstitutionCode, string Authority, string Address, IReadOnlyList<RegisterScope> Scope,
    string ContactName, string ContactPhone, DateOnly? FiledOn, DateOnly? ValidFrom, DateOnly? ValidUntil,
    DateOnly? GraceUntil, string Status, string StatusName);

/// <summary>
/// 公开目录 — the public register of filed institutions: no login, searchable by name, code or occupation. Only
/// filings that were filed appear; endings stay listed as ended (000 §三.4; 003 §四(三); 001 art. 28).
/// </summary>
public static class RegisterEndpoints
{
    private static readonly Dictionary<FilingStatus, (string Code, string Name)> Shown = new()
    {
        [FilingStatus.Filed] = ("filed", "已备案"),
        [FilingStatus.Renewing] = ("renewing", "续期评估中"),
        // 004 §五(二): after expiry a 60-day grace period runs; data reporting has stopped.
        [FilingStatus.Expired] = ("in-grace", "已到期（存续期内）"),
        [FilingStatus.Ended] = ("ended", "已终止"),
    };

    // 004 §五(二): an application made in the grace period is evaluated as in the window (004 §四); the filing
    // stays Expired (no data reporting) while the public sees that its renewal is being evaluated.
    private static readonly (string Code, string Name) ExpiredRenewing = ("in-grace-renewing", "已到期（存续期内续期评估中）");

    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/register", ListAsync).WithTags("Register").AllowAnonymous();
        return app;
    }

    private static async Task<Ok<List<RegisterEntry>>> ListAsync(AppDbContext db, CancellationToken ct, string? q = null)
    {
        var statuses = Shown.Keys.ToList();
        var rows = await db.Set<Filing>().AsNoTracking().Where(f => statuses.Contains(f.Status))
            .Join(db.Set<Institution>().AsNoTracking(), f => f.InstitutionId, i => i.Id, (f, i) => new { f, i })
            .ToListAsync(ct);
        var renewing = (await db.Set<RenewalApplication>().AsNoTracking().Where(a => a.Status == RenewalStatus.Received)
            .Select(a => a.FilingId).ToListAsync(ct)).ToHashSet();
        var entries = rows.Select(r => Entry(r.f, r.i, renewing.Contains(r.f.Id))).Where(e => Matches(e, q?.Trim()))
            .OrderBy(e => e.InstitutionCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(entries);
    }

    private static RegisterEntry Entry(Filing f, Institution i, bool renewalPending)
    {
        var (code, name) = f.Status == FilingStatus.Expired && renewalPending ? ExpiredRenewing : Shown[f.Status];
        return new(
            i.Name, f.InstitutionCode, f.Authority, f.Premises.Address ?? i.Address,
            f.Scope.Select(s => new RegisterScope(s.OccupationCode, s.OccupationName, s.WorkType, s.Levels, Levels.Describe(s.Levels))).ToList(),
            i.ContactName, i.ContactPhone, f.FiledOn, f.ValidFrom, f.ValidUntil, f.GraceUntil, code, name);
    }

    private static bool Matches(RegisterEntry e, string? q) => string.IsNullOrEmpty(q)
        || e.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
        || (e.InstitutionCode?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false)
        || e.Scope.Any(s => s.OccupationCode.StartsWith(q, StringComparison.Ordinal) || s.OccupationName.Contains(q)
            || (s.WorkType?.Contains(q) ?? false));
}
