using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
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

/// <summary>A user task as staff see it in their list.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="InstanceId">The id of the workflow instance the task belongs to.</param>
/// <param name="DefinitionKey">The key of the BPMN process, e.g. filing-acceptance.</param>
/// <param name="ElementId">The id of the BPMN user task.</param>
/// <param name="Name">The task's name, in Chinese.</param>
/// <param name="FormKey">The form the task is done with, if any.</param>
/// <param name="Outcomes">The outcomes the task may be completed with.</param>
/// <param name="DueAt">When the task is due, an instant with offset; null without a deadline.</param>
/// <param name="BusinessKey">The business record the instance serves, usually a filing's or plan's id.</param>
/// <param name="CandidateRole">The role whose members may claim the task, e.g. clerk.</param>
/// <param name="Assignee">The user name who claimed the task; null while unclaimed.</param>
/// <param name="Basis">The legal basis key of the task, e.g. "000 §三.2".</param>
/// <param name="CreatedAt">When the task was created, an instant with offset.</param>
public sealed record TaskView(
    Guid Id, Guid InstanceId, string DefinitionKey, string ElementId, string? Name, string? FormKey,
    IReadOnlyList<string> Outcomes, DateTimeOffset? DueAt, string? BusinessKey, string? CandidateRole,
    string? Assignee, string? Basis, DateTimeOffset CreatedAt);

/// <summary>How a task ends: the outcome chosen and the form's data.</summary>
/// <param name="Outcome">One of the task's declared outcomes.</param>
/// <param name="Data">The form's fields; they become instance variables.</param>
public sealed record CompleteTaskRequest([property: MaxLength(100)] string? Outcome, Dictionary<string, object?>? Data) : IValidatedRequest;

/// <summary>The answer to a completed task.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="InstanceId">The id of the workflow instance the task belongs to.</param>
/// <param name="Outcome">The outcome it was completed with.</param>
/// <param name="CompletedBy">The user name who completed it.</param>
/// <param name="CompletedAt">When it was completed, an instant with offset.</param>
public sealed record CompletedTask(Guid Id, Guid InstanceId, string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt);

public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapGet("/", ListAsync).WithSummary("List the open tasks the caller may work, earliest due first, undated last (paged; total counted up to 1,000 or the page's end)");
        group.MapPost("/{id:guid}/complete", CompleteAsync).WithSummary("Complete a task with an outcome and its form data")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("Claim an open task for the caller")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/release", ReleaseAsync).WithSummary("Give a claimed task back to its role")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static TaskView ToView(this UserTaskRecord t) => new(
        t.Id, t.InstanceId, t.DefinitionKey, t.ElementId, t.Name, t.FormKey,
        t.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        t.DueAt, t.BusinessKey, t.CandidateRole, t.Assignee, t.Basis, t.CreatedAt);

    /// <summary>
    /// Open tasks the caller may work, earliest due first, one page at a time (<see cref="TaskInbox"/>). <c>mine</c>
    /// is accepted as docs/api.md writes it; visibility already limits every caller to their own tasks (admins: all).
    /// </summary>
    private static async Task<Ok<Paged<TaskView>>> ListAsync(ClaimsPrincipal user, AppDbContext db,
        [AsParameters] PageQuery page, CancellationToken ct,
        [Description("Accepted for compatibility; every caller sees only the tasks they may work.")] bool? mine = null,
        [Description("Only tasks of this workflow instance.")] Guid? instanceId = null)
    {
        var inbox = await TaskInbox.PageAsync(db, user, q => instanceId is { } id ? q.Where(t => t.InstanceId == id) : q,
            (page.Number - 1) * page.Size, page.Size, ct);
        return TypedResults.Ok(new Paged<TaskView>(inbox.Items.Select(t => t.ToView()).ToList(), inbox.Total, page.Number, page.Size)
        {
            TotalCapped = inbox.TotalCapped,
        });
    }

    private static async Task<Results<Ok<CompletedTask>, ProblemHttpResult>> CompleteAsync(
        [Description("The task's id.")] Guid id, CompleteTaskRequest? request, ClaimsPrincipal user, TaskCompletion completion, AppDbContext db, CancellationToken ct)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return ApiProblems.NotFound("TASK_NOT_FOUND", $"任务 {id} 不存在。");
        if (!TaskAccess.MayWork(user, task)) return ApiProblems.Forbidden(TaskAccess.Refusal(task));
        if (await completion.CompleteAsync(task, request?.Outcome, request?.Data, user.Identity!.Name, ct) is { } problem)
            return TypedResults.Problem(problem);
        var done = await db.Set<UserTaskRecord>().AsNoTracking().FirstAsync(t => t.Id == id, ct);
        return TypedResults.Ok(new CompletedTask(done.Id, done.InstanceId, done.Outcome, done.CompletedBy, done.CompletedAt));
    }

    /// <summary>Takes an open task nobody holds for the caller, when their role may work it (recorded in history).</summary>
    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ClaimAsync(
        [Description("The task's id.")] Guid id, ClaimsPrincipal user, WorkflowEngine engine, AppDbContext db, CancellationToken ct)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return ApiProblems.NotFound("TASK_NOT_FOUND", $"任务 {id} 不存在。");
        if (!TaskAccess.MayWork(user, task) && !TaskAccess.MayClaim(user, task)) return ApiProblems.Forbidden(TaskAccess.Refusal(task));
        await engine.ClaimTaskAsync(id, user.Identity!.Name!, ct);
        return TypedResults.Ok((await db.Set<UserTaskRecord>().AsNoTracking().FirstAsync(t => t.Id == id, ct)).ToView());
    }

    /// <summary>Gives back a task the caller claimed (recorded in history).</summary>
    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ReleaseAsync(
        [Description("The task's id.")] Guid id, ClaimsPrincipal user, WorkflowEngine engine, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Set<UserTaskRecord>().AnyAsync(t => t.Id == id, ct))
            return ApiProblems.NotFound("TASK_NOT_FOUND", $"任务 {id} 不存在。");
        await engine.ReleaseTaskAsync(id, user.Identity!.Name!, ct);
        return TypedResults.Ok((await db.Set<UserTaskRecord>().AsNoTracking().FirstAsync(t => t.Id == id, ct)).ToView());
    }
}
