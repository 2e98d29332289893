using System.Security.Claims;
using EvalWorkflows.Server.Auth;

namespace EvalWorkflows.Server.Pages;

/// <summary>One entry of the left menu: who sees it, where it goes, in which group.</summary>
public sealed record NavItem(string Group, string Text, string Href, string[] Roles);

/// <summary>
/// The left menu by role (the vocabulary Chinese back-office users know). Every page of the product that a
/// user should reach is listed here once; the layout shows the entries the signed-in user's roles allow.
/// </summary>
public sealed class Navigation(IHttpContextAccessor http)
{
    private static readonly string[] Workers = [Roles.Admin, Roles.Clerk, Roles.Supervisor, Roles.Evaluator];
    private static readonly string[] Readers = [Roles.Admin, Roles.Auditor];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] Everyone = [];
    private static readonly string[] Institutions = [Roles.Institution];

    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("机构服务", "工作台", "/portal", Institutions),
        new("机构服务", "备案申请", "/portal/filings", Institutions),
        new("机构服务", "考核计划", "/portal/plans", Institutions),
        new("机构服务", "年度工作总结", "/portal/annual-reports", Institutions),
        new("机构服务", "备案续期", "/portal/renewals", Institutions),
        new("机构服务", "职业（工种）变更", "/portal/scope-changes", Institutions),
        new("机构服务", "机构信息", "/portal/profile", Institutions),
        new("业务办理", "待办任务", "/tasks", Workers),
        new("业务办理", "机构管理", "/institutions", [Roles.Admin, Roles.Clerk]),
        new("监督审计", "流程实例", "/instances", Readers),
        new("监督审计", "通知记录", "/notices", Readers),
        new("系统管理", "流程设计", "/studio", Admins),
        new("系统管理", "工作日历", "/studio/calendar", Admins),
        new("系统管理", "故障处理", "/studio/incidents", Admins),
        // The studio's notice templates and its change record (the record is read by auditors too).
        new("系统管理", "通知模板", "/studio/templates", Admins),
        new("监督审计", "变更记录", "/studio/changes", Readers),
        new("系统管理", "系统状态", "/admin/status", Admins),
        new("系统管理", "后台作业", "/hangfire", Admins),
        new("系统管理", "接口文档", "/scalar", Admins),
        new("公开信息", "备案公示查询", "/register", Everyone),
    ];

    public IEnumerable<IGrouping<string, NavItem>> ForCurrentUser()
    {
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        return Items.Where(i => i.Roles.Length == 0 || i.Roles.Any(user.IsInRole)).GroupBy(i => i.Group);
    }

    /// <summary>
    /// Whether an entry is the current page or its parent (for the active mark and aria-current); a nested entry
    /// (/studio/calendar) takes the mark from its parent (/studio).
    /// </summary>
    public bool IsCurrent(NavItem item)
    {
        var path = http.HttpContext?.Request.Path.Value ?? "/";
        return Covers(item, path) && !Items.Any(other => other.Href.Length > item.Href.Length && Covers(other, path));
    }

    private static bool Covers(NavItem item, string path) =>
        path == item.Href || (item.Href != "/portal" && path.StartsWith(item.Href + "/", StringComparison.Ordinal));
}
