using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EvalWorkflows.Server.Api;

/// <summary>For start-up work that needs the server listening: waiting for it, and the address it listens on.</summary>
public static class ServerStarted
{
    /// <summary>True once the application has started; false when it stops first.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
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

    /// <summary>
    /// The first address the server listens on (plain http preferred), as a program or browser on this machine
    /// reaches it: wildcard hosts become localhost.
    /// </summary>
    public static Uri LocalAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault() ?? "http://localhost:5000";
        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
