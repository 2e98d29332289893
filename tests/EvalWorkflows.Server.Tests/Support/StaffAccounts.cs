using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Support;

public static class StaffAccounts
{
    /// <summary>A further staff account (e.g. a second clerk) with the test password, for tests that need two people of one role.</summary>
    public static async Task AddStaffAsync(this TestApp app, string userName, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new AppUser { UserName = userName, DisplayName = userName };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, TestApp.Password);
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
