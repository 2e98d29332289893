using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Sources;

/// <summary>Keeps this node's legal-source registry in step with sources saved on any node.</summary>
internal sealed class SourcesSharedCache(LegalSourceRegistry registry) : ISharedCache
{
    public string Name => "legal-source registry";

    public long LoadedVersion => registry.Version;

    public async Task<long> StoredVersionAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        await scope.GetRequiredService<AppDbContext>().Set<LegalSourceVersion>()
            .MaxAsync(v => (long?)v.Id, cancellationToken) ?? 0;

    public Task ReloadAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        registry.ReloadAsync(scope.GetRequiredService<AppDbContext>(), cancellationToken);
}
