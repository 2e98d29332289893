using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// What the lifecycle, renewal and annual-report endpoints share: the filing an institution user acts on.
/// </summary>
internal static class LifecycleApi
{
    /// <summary>
    /// The filing if the caller may act on it for the institution: its own institution's filing. Null (404 for
    /// the caller) otherwise, so an institution cannot learn of another's filings.
    /// </summary>
    public static async Task<Filing?> OwnFilingAsync(AppDbContext db, UserManager<AppUser> users, ClaimsPrincipal user,
        Guid filingId, CancellationToken ct)
    {
        var institutionId = await InstitutionOfAsync(users, user);
        if (institutionId is null) return null;
        return await db.Set<Filing>().FirstOrDefaultAsync(f => f.Id == filingId && f.InstitutionId == institutionId, ct);
    }

    public static async Task<Guid?> InstitutionOfAsync(UserManager<AppUser> users, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Institution) && await users.GetUserAsync(user) is { InstitutionId: { } id } ? id : null;

    /// <summary>Staff see every record; an institution user only its own.</summary>
    public static async Task<bool> MayReadAsync(UserManager<AppUser> users, ClaimsPrincipal user, Guid institutionId) =>
        Roles.Staff.Any(user.IsInRole) || await InstitutionOfAsync(users, user) == institutionId;

    public static Refusal FilingNotFound() =>
        new("FILING_NOT_FOUND", "未找到该备案，或该备案不属于您的机构。", "filingId", null, Status: StatusCodes.Status404NotFound);
}

/// <summary>The answer to a POST that created a record.</summary>
/// <param name="Id">The new record's id.</param>
public sealed record CreatedRecord(Guid Id);
