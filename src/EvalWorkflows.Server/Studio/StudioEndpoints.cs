using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Studio.Definitions;
using EvalWorkflows.Server.Studio.Rehearsal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Studio;

/// <summary>The studio's API (admins only): what the modeler needs from the server.</summary>
public static class StudioEndpoints
{
    public static IEndpointRouteBuilder MapStudioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/studio").WithTags("Studio").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/element-templates", ElementTemplatesAsync)
            .WithSummary("Element templates for the modeler: user tasks, notices (with every notice template) and one per registered task handler");
        group.MapDeadlinePreview();
        group.MapRehearsalEndpoints();
        group.MapStudioArchive();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ElementTemplate>>> ElementTemplatesAsync(ElementTemplateCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.AllAsync(ct));
}
