using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Studio.Definitions;

/// <summary><c>/api/studio/archive</c>: every definition and template out as one .zip, and back in.</summary>
public static class ArchiveEndpoints
{
    public static RouteGroupBuilder MapStudioArchive(this RouteGroupBuilder group)
    {
        group.MapGet("/archive", ExportAsync)
            .WithSummary("Download every version of every definition and every notice template's current text as one .zip with manifest.json")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        // A zip body, not a form: application/zip is not a "simple" content type, so no other site's page can
        // make a signed-in admin's browser import one.
        group.MapPost("/archive", ImportAsync)
            .WithSummary("Import an archive with a reason: checks every file first and refuses it whole on any problem; deploys only changed definitions and saves only changed templates")
            .RequireContentType("application/zip")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(StudioArchive.MaxArchiveBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<FileContentHttpResult> ExportAsync(StudioArchive archive, TimeProvider time, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await archive.WriteAsync(buffer, ct);
        return TypedResults.File(buffer.ToArray(), "application/zip", ArchiveFileName(time));
    }

    /// <summary>The body is the .zip itself, read raw; the reason, being no part of the file, is a query value.</summary>
    private static async Task<Results<Ok<ArchiveImportResult>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, [Description("Why the archive is imported (required, up to 500 characters), kept on every definition and template version it creates in the studio's change record.")] string? reason,
        StudioArchive archive, ClaimsPrincipal user, CancellationToken ct)
    {
        if (StudioChanges.ReasonRefusal(reason) is { } refused) return refused.ToProblem();
        if (request.ContentLength > StudioArchive.MaxArchiveBytes) return TooLarge();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > StudioArchive.MaxArchiveBytes) return TooLarge();
        buffer.Position = 0;
        try
        {
            return TypedResults.Ok(await archive.ImportAsync(buffer, user.Identity!.Name!, reason!, ct));
        }
        catch (ArchiveInvalidException e)
        {
            return Refused(e).ToProblem();
        }
    }

    /// <summary>The refusal of a whole archive: the first problem as the detail, every problem in <c>problems</c>.</summary>
    public static Refusal Refused(ArchiveInvalidException e) =>
        new("ARCHIVE_INVALID", $"{e.Message}{e.Problems[0].File}：{e.Problems[0].Problem}", "file", null,
            new Dictionary<string, object?> { ["problems"] = e.Problems });

    public static string ArchiveFileName(TimeProvider time) =>
        $"evalworkflows-studio-{EvalWorkflows.Server.Calendar.WorkingDayCalendar.Today(time):yyyyMMdd}.zip";

    private static ProblemHttpResult TooLarge() => new Refusal("ARCHIVE_TOO_LARGE",
        $"归档过大：不能超过 {StudioArchive.MaxArchiveBytes / 1024 / 1024} MB。", "file", null,
        Status: StatusCodes.Status413PayloadTooLarge).ToProblem();
}
