using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EvalWorkflows.Server.Operations;

/// <summary>
/// Mail delivery: unhealthy while a notice was refused for good (it waits for an admin to retry it), degraded
/// while notices are being retried after transient failures.
/// </summary>
public sealed class MailDeliveryHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = await db.Set<Notice>().CountAsync(n => n.Status == NoticeStatus.Failed, cancellationToken);
        var retrying = await db.Set<Notice>().CountAsync(n => n.Status == NoticeStatus.Retrying, cancellationToken);
        var data = new Dictionary<string, object> { ["failed"] = failed, ["retrying"] = retrying };
        if (failed > 0)
            return HealthCheckResult.Unhealthy($"有 {failed} 条通知发送失败，需要管理员处理后重新发送。", data: data);
        if (retrying > 0)
            return HealthCheckResult.Degraded($"有 {retrying} 条通知暂时发送不成功，系统正在自动重试。", data: data);
        return HealthCheckResult.Healthy("没有发送失败或等待重试的通知。", data);
    }
}
