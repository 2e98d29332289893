using System.ComponentModel;
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
        group.MapGet("/", ListAsync).WithSummary("List incidents, newest first (paged)");
        group.MapPost("/{id:guid}/retry", RetryAsync).WithSummary("Run the failed step of an incident once more")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>Incidents, newest first, one page at a time.</summary>
    private static async Task<Ok<Paged<IncidentView>>> ListAsync(AppDbContext db, [AsParameters] PageQuery page,
        CancellationToken ct, [Description("true: only unresolved incidents; false: only resolved ones; absent: all.")] bool? open = null)
    {
        var query = db.Set<IncidentRecord>().AsNoTracking();
        if (open is { } o) query = o ? query.Where(i => i.ResolvedAt == null) : query.Where(i => i.ResolvedAt != null);
        var incidents = await query.OrderByDescending(i => i.RaisedAt).ThenBy(i => i.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(incidents.Select(i => i.ToView()));
    }

    /// <summary>Runs the failed step once more now; a further failure raises a new incident.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(
        [Description("The incident's id.")] Guid id, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        await engine.RetryIncidentAsync(id, user.Identity!.Name, ct);
        return TypedResults.NoContent();
    }
}
