using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// The first admin, created by its own choice of name and password (through the setup link or the create-admin
/// command): never a default password, and checked by the same Identity password policy as every account.
/// </summary>
public static class FirstAdminAccount
{
    public static async Task<bool> AdminExistsAsync(UserManager<AppUser> users) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    public static async Task<IdentityResult> CreateAsync(
        UserManager<AppUser> users, RoleManager<IdentityRole> roles, string userName, string password)
    {
        // The command can run before the server ever started, when the roles are not seeded yet.
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            var role = await roles.CreateAsync(new IdentityRole(Roles.Admin));
            if (!role.Succeeded) return role;
        }
        var user = new AppUser { UserName = userName.Trim(), DisplayName = userName.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created;
        var added = await users.AddToRoleAsync(user, Roles.Admin);
        if (!added.Succeeded) await users.DeleteAsync(user);
        return added;
    }
}
