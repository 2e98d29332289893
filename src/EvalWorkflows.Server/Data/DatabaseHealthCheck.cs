using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// Healthy only if a write commits: the heartbeat of <see cref="DatabaseIdentity"/> is updated in an IMMEDIATE
/// transaction on a connection <see cref="SqliteGuard"/> accepted. A read-only, full, deleted or replaced file
/// makes it Unhealthy — reads alone would still succeed in each of those cases.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            // An UPDATE statement always writes, even when the clock stands still and the value is unchanged.
            var now = time.GetUtcNow();
            var written = await db.Set<DatabaseIdentity>()
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.HeartbeatAt, now), cancellationToken);
            if (written != 1) throw new DatabaseUnavailableException("The database has no identity row.");
            await tx.CommitAsync(cancellationToken);
            return HealthCheckResult.Healthy("数据库可正常写入。");
        }
        catch (Exception e) when (DatabaseUnavailableException.IsCause(e))
        {
            return HealthCheckResult.Unhealthy("数据库无法写入（文件只读、磁盘已满或数据库文件已被移走）。", e);
        }
    }
}
