using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
        if (seed.Value.Demo || !await WaitUntilStartedAsync(stoppingToken)) return;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await FirstAdminAccount.AdminExistsAsync(users)) return;
        var url = BaseAddress() + FirstAdminSetupLink.PathPrefix + link.Issue();
        logger.LogWarning(
            "No admin account yet. Create the first admin within one hour at {SetupUrl} (single use; a restart issues a new link), or run: dotnet run --project src/EvalWorkflows.Server -- create-admin NAME",
            url);
    }

    private async Task<bool> WaitUntilStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var stopping = ct.Register(() => started.TrySetCanceled(ct));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The first address the server listens on, as a browser on this machine would open it.</summary>
    private string BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        return address.Replace("://+", "://localhost").Replace("://*", "://localhost")
            .Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").TrimEnd('/');
    }
}
