using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Plans;

/// <summary>The signed-in institution's own filing and institution, or the refusal that says why not.</summary>
public sealed record InstitutionContext(Institution Institution, Filing Filing)
{
    public static async Task<(InstitutionContext? Found, ProblemHttpResult? Problem)> LoadAsync(
        ClaimsPrincipal user, Guid filingId, AppDbContext db, CancellationToken ct)
    {
        var (found, refusal) = await FindAsync(user, filingId, db, ct);
        return (found, refusal?.ToProblem());
    }

    /// <summary>The same, with the refusal for a page to show (403 without an institution, 404 for another's filing).</summary>
    public static async Task<(InstitutionContext? Found, Refusal? Refusal)> FindAsync(
        ClaimsPrincipal user, Guid filingId, AppDbContext db, CancellationToken ct)
    {
        var institutionId = await db.Users.Where(u => u.UserName == user.Identity!.Name)
            .Select(u => u.InstitutionId).FirstOrDefaultAsync(ct);
        if (institutionId is null)
            return (null, new("FORBIDDEN", "您的账号未关联评价机构。", null, null, Status: StatusCodes.Status403Forbidden));
        var filing = await db.Set<Filing>().FirstOrDefaultAsync(f => f.Id == filingId && f.InstitutionId == institutionId, ct);
        if (filing is null)
            return (null, new("FILING_NOT_FOUND", $"备案 {filingId} 不存在或不属于您的机构。", null, null, Status: StatusCodes.Status404NotFound));
        var institution = await db.Set<Institution>().FirstAsync(i => i.Id == institutionId, ct);
        return (new InstitutionContext(institution, filing), null);
    }

    /// <summary>The variables every instance of this institution carries (workflow conventions).</summary>
    public Dictionary<string, object?> Variables() => new()
    {
        ["institutionId"] = Institution.Id.ToString(),
        ["institution_name"] = Institution.Name,
        ["institution_email"] = Institution.Email,
        ["filingId"] = Filing.Id.ToString(),
    };
}
