using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// At start-up: creates the roles, and with Seed:Demo one user per staff role named after it. Idempotent: a
/// second start adds nothing, and only resets a demo password that no longer matches Seed:Password.
/// </summary>
public sealed class UserSeeder(IServiceScopeFactory scopes, IOptions<SeedOptions> options, ILogger<UserSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), role);

        if (!options.Value.Demo) return;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var name in Roles.Staff) await SeedDemoUserAsync(users, name, options.Value.Password!);
        logger.LogInformation("Demo users ready: {Users}", string.Join(", ", Roles.Staff));
    }

    private static async Task SeedDemoUserAsync(UserManager<AppUser> users, string name, string password)
    {
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // The operator chose the demo password in configuration; it is hashed directly so a rehearsal
            // password is not refused by the policy meant for real accounts.
            user = new AppUser { UserName = name, DisplayName = name };
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            Check(await users.CreateAsync(user), name);
        }
        else if (users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", password) == PasswordVerificationResult.Failed)
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            Check(await users.UpdateAsync(user), name);
        }
        if (!await users.IsInRoleAsync(user, name)) Check(await users.AddToRoleAsync(user, name), name);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Seeding '{what}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
