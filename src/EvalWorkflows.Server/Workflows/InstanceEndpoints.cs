using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows;

/// <summary>Starts an instance of a definition's latest version.</summary>
/// <param name="DefinitionKey">The process id of the deployed definition.</param>
/// <param name="BusinessKey">The key messages correlate on (e.g. a filing's id).</param>
/// <param name="Variables">The instance's first variables, as a JSON object.</param>
public sealed record StartInstanceRequest([property: MaxLength(200)] string? DefinitionKey,
    [property: MaxLength(200)] string? BusinessKey, Dictionary<string, object?>? Variables)
    : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(DefinitionKey, "definitionKey", "流程定义键"));
}

/// <summary>The answer to a started instance.</summary>
/// <param name="Id">The new workflow instance's id.</param>
public sealed record StartedInstance(Guid Id);

/// <summary>Which instances' deadlines to recompute after a calendar correction.</summary>
/// <param name="InstanceIds">The instances; empty or absent for every running instance.</param>
public sealed record RecomputeDeadlinesRequest([property: MaxLength(1000)] List<Guid>? InstanceIds) : IValidatedRequest;

/// <summary>An admin's correction of a running instance's variables, e.g. before retrying an incident.</summary>
/// <param name="Variables">The variables to set, as a JSON object: each replaces the instance's value of that name.</param>
/// <param name="Reason">Why they are corrected; kept in the instance's history with who and when.</param>
public sealed record SetVariablesRequest([property: MaxLength(50)] Dictionary<string, object?>? Variables,
    [property: MaxLength(500)] string? Reason) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        Variables is { Count: > 0 } ? null : new RequestError("variables", "请至少填写一个要更正的变量。"),
        ValidationExtensions.Required(Reason, "reason", "更正原因"));
}

public static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instances").WithTags("Instances");
        group.MapPost("/", StartAsync).WithSummary("Start an instance of the latest version of a definition").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).WithSummary("List workflow instances, newest first (paged, filtered in SQL)").RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor));
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One instance with its history, open tasks, timers, subscriptions and incidents").RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}/variables", SetVariablesAsync).WithRequestValidation()
            .WithSummary("Correct variables of a running instance (admin), recorded in its history with who, when and why; then retry its incident")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/recompute-deadlines", RecomputeDeadlinesAsync).WithSummary("Recompute deadlines already set, after a calendar correction").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return api;
    }

    /// <summary>With an <c>Idempotency-Key</c> header, a retry after a lost answer returns the first instance.</summary>
    private static async Task<Results<Created<StartedInstance>, Ok<StartedInstance>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, WorkflowEngine engine, AppDbContext db, ClaimsPrincipal user, CancellationToken ct,
        [FromHeader(Name = IdempotentStart.Header)]
        [Description("A client-chosen key; a retry with the same key and body gets the first answer instead of a second instance.")] string? idempotencyKey = null)
    {
        if (idempotencyKey is not null)
            return await IdempotentStart.StartAsync(request, idempotencyKey, engine, db, user.Identity!.Name, ct);
        var id = await engine.StartAsync(request.DefinitionKey!.Trim(), request.BusinessKey, request.Variables, user.Identity!.Name, ct);
        return TypedResults.Created($"/api/instances/{id}", new StartedInstance(id));
    }

    private static async Task<NoContent> SetVariablesAsync([Description("The workflow instance's id.")] Guid id,
        SetVariablesRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        await engine.SetVariablesAsync([id], request.Variables!, user.Identity!.Name, ct, reason: request.Reason!.Trim());
        return TypedResults.NoContent();
    }

    /// <summary>
    /// After a calendar correction an admin may recompute deadlines already set — of the given instances, or of
    /// every running one. Without this call they keep their dates.
    /// </summary>
    private static async Task<Ok<List<DeadlineChange>>> RecomputeDeadlinesAsync(
        RecomputeDeadlinesRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = request.InstanceIds is { Count: > 0 } given ? given : await engine.RunningInstanceIdsAsync(ct);
        var changes = new List<DeadlineChange>();
        foreach (var id in ids) changes.AddRange(await engine.RecomputeDeadlinesAsync(id, user.Identity!.Name, ct));
        return TypedResults.Ok(changes);
    }

    /// <summary>Instances, newest first, one page at a time; filters and active elements are read in SQL.</summary>
    private static async Task<Results<Ok<Paged<InstanceSummary>>, ProblemHttpResult>> ListAsync(
        AppDbContext db, [AsParameters] PageQuery page, CancellationToken ct,
        [Description("Only instances of this definition key.")] string? definition = null,
        [Description("Only instances in this status: running, completed or terminated.")] string? status = null,
        [Description("Only instances with this business key.")] string? businessKey = null)
    {
        var query = db.Set<InstanceRecord>().AsNoTracking();
        if (!string.IsNullOrEmpty(definition)) query = query.Where(i => i.DefinitionKey == definition);
        if (!string.IsNullOrEmpty(businessKey)) query = query.Where(i => i.BusinessKey == businessKey);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<InstanceStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return ApiProblems.BadRequest("status", "status 只能是 running、completed 或 terminated。");
            query = query.Where(i => i.Status == s);
        }
        var ordered = query.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id);
        var instances = await ordered.ToPageAsync(page, ct);
        var pageIds = ordered.Slice(page).Select(i => i.Id);
        var active = (await db.Set<TokenRecord>().Where(t => pageIds.Contains(t.InstanceId))
                .Select(t => new { t.InstanceId, t.ElementId }).Distinct().ToListAsync(ct))
            .ToLookup(t => t.InstanceId, t => t.ElementId);
        return TypedResults.Ok(instances.Select(i => new InstanceSummary(
            i.Id, i.DefinitionKey, i.Version, i.Status.Name(), i.BusinessKey, i.StartedAt, i.EndedAt, active[i.Id].ToList())));
    }

    private static async Task<Results<Ok<InstanceDetail>, ProblemHttpResult>> GetAsync(
        [Description("The workflow instance's id.")] Guid id, AppDbContext db, CancellationToken ct)
    {
        var i = await db.Set<InstanceRecord>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return ApiProblems.NotFound("INSTANCE_NOT_FOUND", $"流程实例 {id} 不存在。");
        var active = await db.Set<TokenRecord>().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt)
            .Select(t => t.ElementId).ToListAsync(ct);
        var history = await db.Set<HistoryRecord>().Where(h => h.InstanceId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var tasks = await db.Set<UserTaskRecord>().Where(t => t.InstanceId == id && t.Status == TaskStatus.Open).ToListAsync(ct);
        var timers = await db.Set<JobRecord>().Where(j => j.InstanceId == id && j.Kind == JobKind.Timer).ToListAsync(ct);
        var subscriptions = await db.Set<SubscriptionRecord>().Where(s => s.InstanceId == id).ToListAsync(ct);
        var incidents = await db.Set<IncidentRecord>().Where(x => x.InstanceId == id).ToListAsync(ct);
        return TypedResults.Ok(new InstanceDetail(
            i.Id, i.DefinitionKey, i.Version, i.Status.Name(), i.BusinessKey, i.StartedAt, i.EndedAt, i.StartedBy,
            active.Distinct().ToList(),
            InstanceViews.ParseJson(i.VariablesJson) ?? default,
            history.Select(h => new HistoryEntry(h.ElementId, h.ElementType, h.Event, h.At, h.Actor, InstanceViews.ParseJson(h.DataJson))).ToList(),
            tasks.OrderBy(t => t.CreatedAt).Select(t => t.ToView()).ToList(),
            timers.OrderBy(t => t.DueAt).Select(t => new TimerView(t.Id, t.ElementId, t.DueAt, t.RepeatsLeft)).ToList(),
            subscriptions.OrderBy(s => s.CreatedAt).Select(s => new SubscriptionView(s.Id, s.ElementId, s.MessageName, s.CorrelationKey, s.CreatedAt)).ToList(),
            incidents.OrderBy(x => x.RaisedAt).Select(x => x.ToView()).ToList()));
    }
}
