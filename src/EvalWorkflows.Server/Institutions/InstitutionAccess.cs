using System.Security.Claims;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Institutions;

/// <summary>Staff see every institution; an institution's user sees only its own records.</summary>
public static class InstitutionAccess
{
    public static async Task<Guid?> InstitutionOfAsync(ClaimsPrincipal user, UserManager<AppUser> users)
    {
        if (!user.IsInRole(Roles.Institution)) return null;
        return (await users.GetUserAsync(user))?.InstitutionId;
    }

    public static async Task<bool> MaySeeAsync(ClaimsPrincipal user, UserManager<AppUser> users, Guid institutionId) =>
        Roles.Staff.Any(user.IsInRole) || await InstitutionOfAsync(user, users) == institutionId;
}
