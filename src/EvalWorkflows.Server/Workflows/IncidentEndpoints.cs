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
        Guid id, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        await engine.RetryIncidentAsync(id, user.Identity!.Name, ct);
        return TypedResults.NoContent();
    }
}
