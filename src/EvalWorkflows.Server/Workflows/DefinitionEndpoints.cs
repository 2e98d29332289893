using System.ComponentModel;
using System.Security.Claims;
using System.Text;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows;

/// <summary>The answer to a deployment.</summary>
/// <param name="Key">The process definition's key, e.g. filing-acceptance.</param>
/// <param name="Version">The version now deployed.</param>
/// <param name="Created">Whether the deployment made a new version (false when the XML was unchanged).</param>
public sealed record DeployedDefinition(string Key, int Version, bool Created);

/// <summary>One deployed version of a process definition.</summary>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Name">The process's name in that version.</param>
/// <param name="DeployedAt">When the version was deployed, an instant with offset.</param>
/// <param name="DeployedBy">The user name who deployed it, if a user did.</param>
public sealed record DefinitionVersion(int Version, string? Name, DateTimeOffset DeployedAt, string? DeployedBy);

/// <summary>A process definition and its versions.</summary>
/// <param name="Key">The process definition's key, e.g. filing-acceptance.</param>
/// <param name="Name">The process's name in its latest version.</param>
/// <param name="LatestVersion">The newest version number.</param>
/// <param name="Versions">Every deployed version, oldest first.</param>
public sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, IReadOnlyList<DefinitionVersion> Versions);

public static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/definitions").WithTags("Definitions");
        // Only XML content types: they are not "simple" for CORS, so no other site's page can make a signed-in
        // admin's browser deploy a definition.
        group.MapPost("/", DeployAsync).WithSummary("Deploy a BPMN definition (XML body); identical XML is not deployed twice").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .RequireContentType("application/xml", "text/xml")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).WithSummary("List deployed definitions by key, each with its versions (paged)").RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor));
        group.MapGet("/{key}/versions/{version:int}/xml", DownloadAsync).WithSummary("Download the XML of one version of a definition")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor))
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The body is the .bpmn file itself, read raw; the reason, being no part of the file, is a query value.</summary>
    private static async Task<Results<Created<DeployedDefinition>, ProblemHttpResult>> DeployAsync(
        HttpRequest request, [Description("Why this version is deployed, kept in the studio's change record (optional, up to 500 characters).")] string? reason,
        StudioChanges changes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (StudioChanges.CheckReason(reason) is { } tooLong) return ApiProblems.BadRequest(tooLong.Field, tooLong.Detail);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(xml))
            return ApiProblems.BadRequest("body", "请求体应为 BPMN 2.0 XML 文件内容（Content-Type: application/xml）。");
        var result = await changes.DeployAsync(xml, user.Identity!.Name, reason, StudioChangeActions.Deploy, ct);
        return TypedResults.Created($"/api/definitions/{result.Key}/versions/{result.Version}/xml",
            new DeployedDefinition(result.Key, result.Version, result.Created));
    }

    /// <summary>Deployed definitions by key, each with every version; a page holds keys, not versions.</summary>
    private static async Task<Ok<Paged<DefinitionSummary>>> ListAsync(AppDbContext db, [AsParameters] PageQuery page, CancellationToken ct)
    {
        var definitions = db.Set<DefinitionRecord>().AsNoTracking();
        var orderedKeys = definitions.Select(d => d.Key).Distinct().OrderBy(k => k);
        var keys = await orderedKeys.ToPageAsync(page, ct);
        var pageKeys = orderedKeys.Slice(page);
        var rows = await definitions.Where(d => pageKeys.Contains(d.Key))
            .Select(d => new { d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy })
            .ToListAsync(ct);
        var versions = rows.ToLookup(d => d.Key);
        return TypedResults.Ok(keys.Select(key =>
        {
            var list = versions[key].OrderBy(d => d.Version).Select(d => new DefinitionVersion(d.Version, d.Name, d.DeployedAt, d.DeployedBy)).ToList();
            return new DefinitionSummary(key, list[^1].Name, list[^1].Version, list);
        }));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        [Description("The process definition's key, e.g. filing-acceptance.")] string key,
        [Description("The definition's version number, from 1.")] int version, AppDbContext db, CancellationToken ct)
    {
        var xml = await db.Set<DefinitionRecord>().Where(d => d.Key == key && d.Version == version)
            .Select(d => d.Xml).FirstOrDefaultAsync(ct);
        if (xml is null)
            return ApiProblems.NotFound("DEFINITION_NOT_FOUND", $"未找到流程定义“{key}”的第 {version} 版。");
        return TypedResults.File(Encoding.UTF8.GetBytes(xml), "application/xml", $"{key}.v{version}.bpmn");
    }
}
