using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Publicity;

/// <summary>The institution publishes its batch results, and uploads them once publicity has ended without objection.</summary>
public static class ResultEndpoints
{
    public static RouteGroupBuilder MapResultEndpoints(this RouteGroupBuilder plans)
    {
        plans.MapPost("/{id:guid}/results", PublishAsync).WithSummary("Publish a batch's results, starting their publicity").WithTags("Publicity").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/{id:guid}/results/upload", UploadAsync).WithSummary("Upload a batch's results after publicity, citing the result materials uploaded through /api/files").WithTags("Publicity").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        return plans;
    }

    private static async Task<Results<Ok, ProblemHttpResult>> PublishAsync([Description("The assessment plan's (batch's) id.")] Guid id, PublishResultsRequest request,
        ClaimsPrincipal user, ResultSubmissions results, CancellationToken ct) =>
        await results.PublishAsync(id, request, user, ct) is { } refusal ? refusal.ToProblem() : TypedResults.Ok();

    private static async Task<Results<Ok, ProblemHttpResult>> UploadAsync([Description("The assessment plan's (batch's) id.")] Guid id,
        UploadResultsRequest? request, ClaimsPrincipal user, ResultSubmissions results, CancellationToken ct) =>
        await results.UploadAsync(id, request ?? new UploadResultsRequest(null), user, ct) is { } refusal ? refusal.ToProblem() : TypedResults.Ok();
}
