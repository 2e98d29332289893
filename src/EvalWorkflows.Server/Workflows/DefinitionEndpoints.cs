using System.Security.Claims;
using System.Text;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows;

public sealed record DeployedDefinition(string Key, int Version, bool Created);

public sealed record DefinitionVersion(int Version, string? Name, DateTimeOffset DeployedAt, string? DeployedBy);

public sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, IReadOnlyList<DefinitionVersion> Versions);

public static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/definitions").WithTags("Definitions");
        // Only XML content types: they are not "simple" for CORS, so no other site's page can make a signed-in
        // admin's browser deploy a definition.
        group.MapPost("/", DeployAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .Accepts<string>("application/xml", "text/xml")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor));
        group.MapGet("/{key}/versions/{version:int}/xml", DownloadAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor))
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The body is the .bpmn file itself, read raw.</summary>
    private static async Task<Results<Created<DeployedDefinition>, ProblemHttpResult>> DeployAsync(
        HttpRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(xml))
            return ApiProblems.BadRequest("body", "请求体应为 BPMN 2.0 XML 文件内容（Content-Type: application/xml）。");
        var result = await engine.DeployAsync(xml, user.Identity!.Name, ct);
        return TypedResults.Created($"/api/definitions/{result.Key}/versions/{result.Version}/xml",
            new DeployedDefinition(result.Key, result.Version, result.Created));
    }

    private static async Task<Ok<List<DefinitionSummary>>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<DefinitionRecord>()
            .Select(d => new { d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy })
            .ToListAsync(ct);
        var list = rows.GroupBy(d => d.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.OrderBy(d => d.Version).Select(d => new DefinitionVersion(d.Version, d.Name, d.DeployedAt, d.DeployedBy)).ToList();
                return new DefinitionSummary(g.Key, versions[^1].Name, versions[^1].Version, versions);
            })
            .ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string key, int version, AppDbContext db, CancellationToken ct)
    {
        var xml = await db.Set<DefinitionRecord>().Where(d => d.Key == key && d.Version == version)
            .Select(d => d.Xml).FirstOrDefaultAsync(ct);
        if (xml is null)
            return ApiProblems.NotFound("DEFINITION_NOT_FOUND", $"未找到流程定义“{key}”的第 {version} 版。");
        return TypedResults.File(Encoding.UTF8.GetBytes(xml), "application/xml", $"{key}.v{version}.bpmn");
    }
}
