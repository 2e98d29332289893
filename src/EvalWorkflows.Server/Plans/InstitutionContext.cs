using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Plans;

/// <summary>The signed-in institution's own filing and institution, or the problem that says why not.</summary>
public sealed record InstitutionContext(Institution Institution, Filing Filing)
{
    public static async Task<(InstitutionContext? Found, ProblemHttpResult? Problem)> LoadAsync(
        ClaimsPrincipal user, Guid filingId, AppDbContext db, CancellationToken ct)
    {
        var institutionId = await db.Users.Where(u => u.UserName == user.Identity!.Name)
            .Select(u => u.InstitutionId).FirstOrDefaultAsync(ct);
        if (institutionId is null) return (null, ApiProblems.Forbidden("您的账号未关联评价机构。"));
        var filing = await db.Set<Filing>().FirstOrDefaultAsync(f => f.Id == filingId && f.InstitutionId == institutionId, ct);
        if (filing is null) return (null, ApiProblems.NotFound("FILING_NOT_FOUND", $"备案 {filingId} 不存在或不属于您的机构。"));
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
