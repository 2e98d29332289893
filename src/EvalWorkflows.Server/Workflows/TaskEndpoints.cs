using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows;

public sealed record TaskView(
    Guid Id, Guid InstanceId, string DefinitionKey, string ElementId, string? Name, string? FormKey,
    IReadOnlyList<string> Outcomes, DateTimeOffset? DueAt, string? BusinessKey, string? CandidateRole,
    string? Assignee, string? Basis, DateTimeOffset CreatedAt);

public sealed record CompleteTaskRequest(string? Outcome, Dictionary<string, object?>? Data);

public sealed record CompletedTask(Guid Id, Guid InstanceId, string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt);

public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static TaskView ToView(this UserTaskRecord t) => new(
        t.Id, t.InstanceId, t.DefinitionKey, t.ElementId, t.Name, t.FormKey,
        t.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        t.DueAt, t.BusinessKey, t.CandidateRole, t.Assignee, t.Basis, t.CreatedAt);

    /// <summary>
    /// Who may work a task: its assignee, anyone holding its candidate role, and admins. A task that names
    /// neither (plain BPMN) is for admins only.
    /// </summary>
    /// <summary>
    /// Admins may work any task. A task assigned to a person is theirs alone (e.g. the quality supervisor the
    /// centre dispatched, 001 art. 17); otherwise anyone holding its candidate role may work it.
    /// </summary>
    private static bool MayWork(ClaimsPrincipal user, UserTaskRecord task) =>
        user.IsInRole(Roles.Admin)
        || (task.Assignee is { Length: > 0 } who
            ? who == user.Identity!.Name
            : task.CandidateRole is { } role && user.IsInRole(role));

    /// <summary>
    /// Open tasks the caller may work. <paramref name="mine"/> is accepted as API.md writes it; visibility already
    /// limits every caller to their own tasks (admins: all), so it narrows nothing further yet.
    /// </summary>
    private static async Task<Ok<List<TaskView>>> ListAsync(
        ClaimsPrincipal user, AppDbContext db, CancellationToken ct, bool? mine = null, Guid? instanceId = null)
    {
        var query = db.Set<UserTaskRecord>().Where(t => t.Status == TaskStatus.Open);
        if (instanceId is { } id) query = query.Where(t => t.InstanceId == id);
        if (!user.IsInRole(Roles.Admin))
        {
            var name = user.Identity!.Name;
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            query = query.Where(t => t.Assignee == name || (t.Assignee == null || t.Assignee == "") && t.CandidateRole != null && roles.Contains(t.CandidateRole));
        }
        var tasks = await query.ToListAsync(ct);
        return TypedResults.Ok(tasks.OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt)
            .Select(t => t.ToView()).ToList());
    }

    private static async Task<Results<Ok<CompletedTask>, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest? request, ClaimsPrincipal user, WorkflowEngine engine, AppDbContext db,
        IEnumerable<ITaskCompletionValidator> validators, CancellationToken ct)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return ApiProblems.NotFound("TASK_NOT_FOUND", $"任务 {id} 不存在。");
        if (!MayWork(user, task))
            return ApiProblems.Forbidden(task.Assignee is { Length: > 0 } assignee
                ? $"此任务已指派给“{assignee}”，您无权办理。"
                : task.CandidateRole is { } role
                    ? $"此任务由角色“{role}”办理，您无权办理。"
                    : "此任务未指定办理角色，只有管理员可以办理。");
        foreach (var validator in validators.Where(v => v.FormKey == task.FormKey))
            if (await validator.ValidateAsync(task, request?.Outcome, request?.Data ?? [], ct) is { } problem)
                return TypedResults.Problem(problem);
        await engine.CompleteTaskAsync(id, request?.Outcome, request?.Data, user.Identity!.Name, ct);
        var done = await db.Set<UserTaskRecord>().AsNoTracking().FirstAsync(t => t.Id == id, ct);
        return TypedResults.Ok(new CompletedTask(done.Id, done.InstanceId, done.Outcome, done.CompletedBy, done.CompletedAt));
    }
}
