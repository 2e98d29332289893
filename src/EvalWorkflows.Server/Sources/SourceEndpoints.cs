using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.ComponentModel;

namespace EvalWorkflows.Server.Sources;

/// <summary>What an admin sends to add or edit a source; the code comes from the path.</summary>
/// <param name="Title">The source's full title, in Chinese.</param>
/// <param name="ShortTitle">The short title people cite it by.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="DocumentNumber">Its document number (文号), if any.</param>
/// <param name="IssuedOn">Day it was issued, ISO yyyy-MM-dd.</param>
/// <param name="Status">in-force or draft-for-comment.</param>
/// <param name="Parts">Its citable parts (sections, articles, annexes), each with a key and a label.</param>
/// <param name="Reason">Why the source is added or changed, kept in the studio's change record (optional, up to 500 characters).</param>
public sealed record SourceEdit(string? Title, string? ShortTitle, string? Issuer, string? DocumentNumber, DateOnly? IssuedOn,
    SourceStatus? Status, List<SourcePart>? Parts, string? Reason = null)
{
    public LegalSource ToSource(string code) => new()
    {
        Code = code, Title = Title?.Trim() ?? "", ShortTitle = ShortTitle?.Trim() ?? "", Issuer = Issuer?.Trim() ?? "",
        DocumentNumber = string.IsNullOrWhiteSpace(DocumentNumber) ? null : DocumentNumber.Trim(), IssuedOn = IssuedOn,
        Status = Status ?? SourceStatus.DraftForComment, Parts = Parts ?? [],
    };
}

/// <summary>One saved state of a source, newest first in a history.</summary>
/// <param name="Version">The saved state's number, rising.</param>
/// <param name="Source">The source as saved.</param>
/// <param name="ChangedBy">The user name who saved it.</param>
/// <param name="ChangedAt">When it was saved, an instant with offset.</param>
public sealed record SourceVersionView(long Version, LegalSource Source, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>Admins keep the legal sources up to date; everyone signed in may read them.</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Legal sources").RequireAuthorization().WithRequestValidation();
        group.MapGet("/", List).WithSummary("List the legal sources the rules cite (paged)");
        group.MapGet("/{code}", Get).WithSummary("One legal source with its parts");
        group.MapGet("/{code}/history", HistoryAsync).WithSummary("Every saved version of a legal source, newest first (paged)");
        group.MapPut("/{code}", SaveAsync).WithSummary("Add a legal source or save a new version of it").RequireAuthorization(p => p.RequireRole("admin"));
        return app;
    }

    /// <summary>The legal sources in force and in draft, one page at a time (the registry holds a few dozen).</summary>
    private static Ok<Paged<LegalSource>> List(LegalSourceRegistry registry, [AsParameters] PageQuery page) =>
        TypedResults.Ok(registry.Sources.ToPage(page));

    private static Results<Ok<LegalSource>, ProblemHttpResult> Get(
        [Description("The legal source's code, e.g. 002.")] string code, LegalSourceRegistry registry) =>
        registry.FindSource(code) is { } source ? TypedResults.Ok(source) : NotFound(code);

    /// <summary>Every saved version of a source, newest first, one page at a time.</summary>
    private static async Task<Results<Ok<Paged<SourceVersionView>>, ProblemHttpResult>> HistoryAsync(
        [Description("The legal source's code, e.g. 002.")] string code,
        [AsParameters] PageQuery page, AppDbContext db, CancellationToken ct)
    {
        var versions = await db.Set<LegalSourceVersion>().AsNoTracking().Where(v => v.Code == code)
            .OrderByDescending(v => v.Id).ToPageAsync(page, ct);
        return versions.Total == 0 ? NotFound(code) : TypedResults.Ok(versions
            .Select(v => new SourceVersionView(v.Id, LegalSourceRegistry.Deserialize(v.Document), v.ChangedBy, v.ChangedAt)));
    }

    /// <summary>Adds a source or a new version of one; the previous versions stay as its history.</summary>
    private static async Task<Results<Ok<LegalSource>, ProblemHttpResult>> SaveAsync(
        [Description("The legal source's code, e.g. 002.")] string code, SourceEdit? body,
        HttpContext http, LegalSourceRegistry registry, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body is null) return ApiProblems.BadRequest("body", "请求体不能为空。", "SOURCE_INVALID");
        var source = body.ToSource(code);
        var problems = LegalSourceRules.Check(source, registry.Sources).ToList();
        if (body.Status is null) problems.Insert(0, new("status", "状态不能为空：in-force（现行有效）或 draft-for-comment（征求意见稿）。"));
        if (StudioChanges.CheckReason(body.Reason) is { } tooLong) problems.Add(new(tooLong.Field, tooLong.Detail));
        if (problems.Count > 0)
        {
            var problem = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "SOURCE_INVALID",
                string.Join("；", problems.Select(p => p.Detail)), problems[0].Field);
            problem.Extensions["errors"] = problems;
            return TypedResults.Problem(problem);
        }
        var version = new LegalSourceVersion
        {
            Code = code, Document = LegalSourceRegistry.Serialize(source),
            ChangedBy = http.User.Identity?.Name ?? "unknown", ChangedAt = time.GetUtcNow(),
        };
        // The change record names the version by its id, known once saved: both rows commit together.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(version);
            await db.SaveChangesAsync(ct);
            StudioChanges.Add(db, StudioChangeKinds.Source, code, version.Id, StudioChangeActions.Save, version.ChangedBy, version.ChangedAt, body.Reason);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await registry.ReloadAsync(db, ct);
        return TypedResults.Ok(source);
    }

    private static ProblemHttpResult NotFound(string code) =>
        ApiProblems.NotFound("SOURCE_NOT_FOUND", $"法律依据文件“{code}”不存在。");
}
