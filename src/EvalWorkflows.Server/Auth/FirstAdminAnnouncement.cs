using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// Once the server listens: when no admin account exists (and no demo seeding made one), logs exactly one line with
/// the one-time setup link, so whoever started the server can get in without any default password.
/// </summary>
public sealed class FirstAdminAnnouncement(
    IHostApplicationLifetime lifetime, IServer server, IServiceScopeFactory scopes, FirstAdminSetupLink link,
    IOptions<SeedOptions> seed, ILogger<FirstAdminAnnouncement> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (seed.Value.Demo || !await ServerStarted.WaitAsync(lifetime, stoppingToken)) return;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await FirstAdminAccount.AdminExistsAsync(users)) return;
        var url = new Uri(ServerStarted.LocalAddress(server), FirstAdminSetupLink.PathPrefix.TrimStart('/') + link.Issue());
        logger.LogWarning(
            "No admin account yet. Create the first admin within one hour at {SetupUrl} (single use; a restart issues a new link), or run: dotnet run --project src/EvalWorkflows.Server -- create-admin NAME",
            url);
    }
}
