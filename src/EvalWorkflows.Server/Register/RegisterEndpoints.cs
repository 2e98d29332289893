using EvalWorkflows.Server.Api;
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
        app.MapGet("/api/register", ListAsync).WithSummary("Search the public register of filed and ended institutions (paged)").WithTags("Register").AllowAnonymous().RequireAnonymousRateLimit().WithRequestValidation();
        return app;
    }

    /// <summary>Filed and ended institutions by institution code, one page at a time; the search runs in SQL.</summary>
    /// <param name="search">Text in the institution's name or code, the start of an occupation code, or text in an occupation or work type name.</param>
    private static async Task<Ok<Paged<RegisterEntry>>> ListAsync(AppDbContext db, [AsParameters] PageQuery page,
        [AsParameters] SearchQuery search, CancellationToken ct)
    {
        var statuses = Shown.Keys.ToList();
        var rows = db.Set<Filing>().AsNoTracking().Where(f => statuses.Contains(f.Status))
            .Join(db.Set<Institution>().AsNoTracking(), f => f.InstitutionId, i => i.Id, (f, i) => new { f, i });
        if (search.Text is { } text)
            rows = rows.Where(r => r.i.Name.ToLower().Contains(text) || r.f.InstitutionCode!.ToLower().Contains(text)
                || r.f.Scope.Any(s => s.OccupationCode.StartsWith(text) || s.OccupationName.Contains(text)
                    || s.WorkType!.Contains(text)));
        var renewing = db.Set<RenewalApplication>().Where(a => a.Status == RenewalStatus.Received);
        var shown = await rows.OrderBy(r => r.f.InstitutionCode).ThenBy(r => r.f.Id)
            .Select(r => new { r.f, r.i, Renewing = renewing.Any(a => a.FilingId == r.f.Id) })
            .ToPageAsync(page, ct);
        return TypedResults.Ok(shown.Select(r => Entry(r.f, r.i, r.Renewing)));
    }

    private static RegisterEntry Entry(Filing f, Institution i, bool renewalPending)
    {
        var (code, name) = f.Status == FilingStatus.Expired && renewalPending ? ExpiredRenewing : Shown[f.Status];
        return new(
            i.Name, f.InstitutionCode, f.Authority, f.Premises.Address ?? i.Address,
            f.Scope.Select(s => new RegisterScope(s.OccupationCode, s.OccupationName, s.WorkType, s.Levels, Levels.Describe(s.Levels))).ToList(),
            i.ContactName, i.ContactPhone, f.FiledOn, f.ValidFrom, f.ValidUntil, f.GraceUntil, code, name);
    }
}
