using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EvalWorkflows.Server.Operations.Pages;

/// <summary>One health check as the status page shows it.</summary>
public sealed record StatusRow(string Name, string Purpose, HealthStatus Status, string? Description);

/// <summary>系统状态 — the health checks (database, mail delivery, calendar coverage) in words, for admins.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class StatusModel(HealthCheckService health, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, (string Name, string Purpose)> Checks = new()
    {
        ["database"] = ("数据库", "保存流程、机构和用户数据。"),
        ["mail"] = ("邮件发送", "向机构和经办人员发送通知。"),
        ["calendar"] = ("工作日历", "按国务院放假安排计算工作日期限。"),
    };

    public IReadOnlyList<StatusRow> Rows { get; private set; } = [];
    public HealthStatus Overall { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(ct);
        Overall = report.Status;
        CheckedAt = time.GetUtcNow();
        Rows = [.. report.Entries.Select(e =>
        {
            var (name, purpose) = Checks.GetValueOrDefault(e.Key, (e.Key, ""));
            return new StatusRow(name, purpose, e.Value.Status, e.Value.Description);
        })];
    }

    public static (string Css, string Text) Tag(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => ("ew-tag-ok", "正常"),
        HealthStatus.Degraded => ("ew-tag-warn", "需要关注"),
        _ => ("ew-tag-bad", "故障"),
    };
}
