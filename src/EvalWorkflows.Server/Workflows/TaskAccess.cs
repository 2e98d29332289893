using System.Security.Claims;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// Who may see, work, claim and give back a human task — one rule for the task API and the task pages.
/// Admins may work any task. A task assigned to a person (by the model, e.g. the quality supervisor the centre
/// dispatched, 001 art. 17, or by a claim) is theirs alone; otherwise anyone holding its candidate role may work it.
/// A task that names neither (plain BPMN) is for admins only. User names are compared ignoring letter case, as
/// sign-in does: a task assigned to <c>SUPERVISOR</c> is the <c>supervisor</c>'s.
/// </summary>
public static class TaskAccess
{
    public static bool MayWork(ClaimsPrincipal user, UserTaskRecord task) =>
        user.IsInRole(Roles.Admin)
        || (task.Assignee is { Length: > 0 } who
            ? string.Equals(who, user.Identity!.Name, StringComparison.OrdinalIgnoreCase)
            : task.CandidateRole is { } role && user.IsInRole(role));

    /// <summary>An open task nobody holds, of a role the user has (admins: any), may be claimed.</summary>
    public static bool MayClaim(ClaimsPrincipal user, UserTaskRecord task) =>
        task.Status == TaskStatus.Open && string.IsNullOrEmpty(task.Assignee)
        && (user.IsInRole(Roles.Admin) || task.CandidateRole is { } role && user.IsInRole(role));

    /// <summary>Why the user may not work the task (Chinese), for the 403 answer and the task page.</summary>
    public static string Refusal(UserTaskRecord task) =>
        task.Assignee is { Length: > 0 } assignee
            ? $"此任务已指派给“{assignee}”，您无权办理。"
            : task.CandidateRole is { } role
                ? $"此任务由角色“{role}”办理，您无权办理。"
                : "此任务未指定办理角色，只有管理员可以办理。";

    /// <summary>The open tasks the user may work (admins: all), as a query still to be filtered and paged.</summary>
    public static IQueryable<UserTaskRecord> OpenFor(this IQueryable<UserTaskRecord> tasks, ClaimsPrincipal user)
    {
        var open = tasks.Where(t => t.Status == TaskStatus.Open);
        if (user.IsInRole(Roles.Admin)) return open;
        var name = user.Identity!.Name!.ToUpperInvariant();
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return open.Where(t => t.Assignee!.ToUpper() == name
            || (t.Assignee == null || t.Assignee == "") && t.CandidateRole != null && roles.Contains(t.CandidateRole));
    }
}
