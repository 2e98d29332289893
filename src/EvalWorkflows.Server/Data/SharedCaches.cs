using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// An in-memory copy of rows any node may change (the calendar's corrections, the legal sources). Every node keeps
/// its own copy and reloads it when the newest version stored in the shared database moves past the one it loaded,
/// so a change saved on one node is used by every node without a restart (see <see cref="SharedCacheSync"/>).
/// </summary>
public interface ISharedCache
{
    /// <summary>A name for logs.</summary>
    string Name { get; }

    /// <summary>The newest stored row id this copy includes (0: none).</summary>
    long LoadedVersion { get; }

    /// <summary>The newest stored row id now in the database: one indexed scalar query.</summary>
    Task<long> StoredVersionAsync(IServiceProvider scope, CancellationToken cancellationToken);

    Task ReloadAsync(IServiceProvider scope, CancellationToken cancellationToken);
}

/// <summary>How often each node looks for changes other nodes saved (section <c>SharedCaches</c>).</summary>
public sealed class SharedCacheOptions
{
    public const string Section = "SharedCaches";

    /// <summary>
    /// The longest a node computes with a copy older than the database after another node saved a change; the node
    /// that saved it uses it at once. Each look costs one scalar query per cache. Default 2 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Reloads every <see cref="ISharedCache"/> whose stored version moved. It waits on real time, not the injected
/// domain clock: it says how often to look, not when anything is due, and a test's manual clock must not stop it.
/// </summary>
internal sealed class SharedCacheSync(IServiceScopeFactory scopes, IEnumerable<ISharedCache> caches,
    IOptions<SharedCacheOptions> options, ILogger<SharedCacheSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SyncInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SyncOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the copy in memory stays valid until the next look.
                logger.LogWarning(e, "Looking for shared-cache changes failed; trying again in {Interval}.", options.Value.SyncInterval);
            }
        }
    }

    internal async Task SyncOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var cache in caches)
        {
            var stored = await cache.StoredVersionAsync(scope.ServiceProvider, ct);
            var loaded = cache.LoadedVersion;
            if (stored == loaded) continue;
            await cache.ReloadAsync(scope.ServiceProvider, ct);
            logger.LogInformation("Reloaded the {Cache}: version {Loaded} → {Stored}, saved by another node.", cache.Name, loaded, stored);
        }
    }
}

public static class SharedCacheExtensions
{
    /// <summary>Registers <typeparamref name="TCache"/> to be kept in step with the database by the one sync loop.</summary>
    public static IServiceCollection AddSharedCache<TCache>(this IServiceCollection services) where TCache : class, ISharedCache
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISharedCache, TCache>());
        services.AddOptions<SharedCacheOptions>().BindConfiguration(SharedCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SharedCacheSync>());
        return services;
    }
}
