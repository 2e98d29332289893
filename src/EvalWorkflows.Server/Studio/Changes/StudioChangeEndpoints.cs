using System.ComponentModel;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Studio.Changes;

/// <summary>One change made through the studio or its API.</summary>
/// <param name="Id">The record's number, rising with time.</param>
/// <param name="Kind">definition, template, calendar or source.</param>
/// <param name="Target">What was changed: a definition key, template name, calendar year or legal source code.</param>
/// <param name="Version">The version the change made, if the kind has versions.</param>
/// <param name="Action">What was done, in Chinese, e.g. 部署 or 恢复第 2 版.</param>
/// <param name="ChangedBy">The user name who made the change.</param>
/// <param name="ChangedAt">When the change was made, an instant with offset.</param>
/// <param name="Reason">Why, as the admin wrote it; null when none was given.</param>
public sealed record StudioChangeView(long Id, string Kind, string Target, long? Version, string Action, string ChangedBy,
    DateTimeOffset ChangedAt, string? Reason)
{
    public static StudioChangeView Of(StudioChange c) => new(c.Id, c.Kind, c.Target, c.Version, c.Action, c.ChangedBy, c.ChangedAt, c.Reason);
}

/// <summary>The record of studio changes: admins and auditors read it; nobody writes it but the changes themselves.</summary>
public static class StudioChangeEndpoints
{
    public static IEndpointRouteBuilder MapStudioChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/studio/changes", ListAsync).WithTags("Studio")
            .WithSummary("The record of studio changes (deployments, templates, calendar, legal sources), newest first (paged)")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor)).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Results<Ok<Paged<StudioChangeView>>, ProblemHttpResult>> ListAsync(
        [Description("Only changes of this kind: definition, template, calendar or source.")] string? kind,
        [AsParameters] PageQuery page, AppDbContext db, CancellationToken ct)
    {
        if (kind is not null && !StudioChangeKinds.All.Contains(kind))
            return ApiProblems.BadRequest("kind", $"变更类别（kind）只能是 {string.Join("、", StudioChangeKinds.All)}。", "KIND_INVALID");
        var changes = await StudioChanges.ListAsync(db, kind, page, ct);
        return TypedResults.Ok(changes.Select(StudioChangeView.Of));
    }
}
