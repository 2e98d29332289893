using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows;

public static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<List<IncidentView>>> ListAsync(AppDbContext db, CancellationToken ct, bool? open = null)
    {
        var query = db.Set<IncidentRecord>().AsQueryable();
        if (open is { } o) query = o ? query.Where(i => i.ResolvedAt == null) : query.Where(i => i.ResolvedAt != null);
        var incidents = await query.ToListAsync(ct);
        return TypedResults.Ok(incidents.OrderByDescending(i => i.RaisedAt).Select(i => i.ToView()).ToList());
    }

    /// <summary>Runs the failed step once more now; a further failure raises a new incident.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(
        Guid id, WorkflowEngine engine, AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        // Workaround: when a boundary event or a terminate end has cancelled the failed step, its job row is gone
        // and the engine's retry fails with an unhandled error; say what happened instead.
        var orphaned = await db.Set<IncidentRecord>().AnyAsync(i => i.Id == id && i.ResolvedAt == null
            && !db.Set<JobRecord>().Any(j => j.Id == i.JobId), ct);
        if (orphaned)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status409Conflict, "INCIDENT_OBSOLETE",
                "该故障所在的步骤已被取消（流程已转向其他分支），无需也无法重试。"));
        await engine.RetryIncidentAsync(id, user.Identity!.Name, ct);
        return TypedResults.NoContent();
    }
}
