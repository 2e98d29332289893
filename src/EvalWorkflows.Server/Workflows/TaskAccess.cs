using System.Security.Claims;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The same rule as <see cref="MayWork"/>, as the database computes it into every task's <c>InboxHolder</c>
    /// column (<see cref="TaskInboxColumns"/>): <c>user:NAME</c> (upper case) for a task assigned to a person,
    /// <c>role:ROLE</c> for one its candidate role may work, null for one that names neither (admins only).
    /// </summary>
    public const string HolderSql =
        "CASE WHEN \"Assignee\" IS NULL OR \"Assignee\" = '' THEN 'role:' || \"CandidateRole\" ELSE 'user:' || upper(\"Assignee\") END";

    /// <summary>The holders whose tasks the user may work (see <see cref="HolderSql"/>); null for admins, who may work all.</summary>
    public static IReadOnlyList<string>? Holders(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? null
            : user.FindAll(ClaimTypes.Role).Select(c => "role:" + c.Value).Prepend("user:" + user.Identity!.Name!.ToUpperInvariant()).ToList();

    /// <summary>The open tasks the user may work (admins: all), as a query still to be filtered and paged.</summary>
    public static IQueryable<UserTaskRecord> OpenFor(this IQueryable<UserTaskRecord> tasks, ClaimsPrincipal user)
    {
        var open = tasks.Where(t => t.Status == TaskStatus.Open);
        return Holders(user) is { } holders ? open.Where(t => holders.Contains(EF.Property<string>(t, TaskInboxColumns.Holder))) : open;
    }
}
