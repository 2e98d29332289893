using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings.Handlers;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings;

public static class FilingEndpoints
{
    public const string AcceptanceProcess = FilingSubmissions.AcceptanceProcess;
    public const string ResubmittedMessage = FilingSubmissions.ResubmittedMessage;

    public static IEndpointRouteBuilder MapFilingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/filings").WithTags("Filings").RequireAuthorization().WithRequestValidation();
        group.MapPost("/", SubmitAsync).WithSummary("Submit a filing application (000 annex 1)").RequireAuthorization(p => p.RequireRole(Roles.Institution))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/", ListAsync).WithSummary("List filings in submission order (paged)").RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One filing with its status, dates and correction rounds").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/checks", ChecksAsync).WithSummary("The checks of a filing's application, each with its basis").RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapPost("/{id:guid}/resubmit", ResubmitAsync).WithSummary("Resubmit corrected materials after a correction notice (000 §三.2)").RequireAuthorization(p => p.RequireRole(Roles.Institution))
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>The filing row commits with the start of its acceptance workflow, or neither is kept.</summary>
    private static async Task<Results<Created<SubmittedFiling>, ProblemHttpResult>> SubmitAsync(
        SubmitFilingRequest request, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db,
        FilingSubmissions submissions, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(user, users);
        var institution = institutionId is null ? null : await db.Set<Institution>().FindAsync([institutionId], ct);
        if (institution is null) return ApiProblems.Forbidden("您的账号未关联评价机构，不能提交备案。");
        var (submitted, refusal) = await submissions.SubmitAsync(institution, request, user.Identity!.Name, ct);
        if (refusal is not null) return refusal.ToProblem();
        return TypedResults.Created($"/api/filings/{submitted!.Id}", submitted);
    }

    private static async Task<Results<Ok<FilingView>, ProblemHttpResult>> GetAsync(
        [Description("The filing's id.")] Guid id, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().Include(f => f.StatusHistory).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null || !await InstitutionAccess.MaySeeAsync(user, users, filing.InstitutionId)) return NotFound(id);
        var rounds = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == id).ToListAsync(ct);
        return TypedResults.Ok(FilingView.Of(filing, rounds));
    }

    /// <summary>Filings in the order they were submitted, one page at a time.</summary>
    private static async Task<Results<Ok<Paged<FilingSummary>>, ProblemHttpResult>> ListAsync(
        AppDbContext db, [AsParameters] PageQuery page, CancellationToken ct,
        [Description("Only filings in this status: submitted, correctionRequested, accepted, filed, refused, renewing, expired, ended or abandoned.")] string? status = null,
        [Description("Only filings of this institution.")] Guid? institutionId = null)
    {
        var query = db.Set<Filing>().AsNoTracking();
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<FilingStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                return ApiProblems.BadRequest("status", $"备案状态“{status}”无效（可选：{string.Join("、", Enum.GetValues<FilingStatus>().Select(FilingView.StatusName))}）。");
            query = query.Where(f => f.Status == s);
        }
        if (institutionId is { } iid) query = query.Where(f => f.InstitutionId == iid);
        var filings = await query.OrderBy(f => f.SubmittedAt).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.InstitutionId, f.Authority, f.Status, f.InstitutionCode, f.SubmittedAt, f.FiledOn, f.ValidUntil })
            .ToPageAsync(page, ct);
        return TypedResults.Ok(filings.Select(f => new FilingSummary(f.Id, f.InstitutionId,
            f.Authority, FilingView.StatusName(f.Status), f.InstitutionCode, f.SubmittedAt, f.FiledOn, f.ValidUntil)));
    }

    private static async Task<Results<Ok<IReadOnlyList<FilingCheck>>, ProblemHttpResult>> ChecksAsync(
        [Description("The filing's id.")] Guid id, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null) return NotFound(id);
        return TypedResults.Ok(FilingChecks.Evaluate(filing));
    }

    private static async Task<Results<Ok<SubmittedFiling>, ProblemHttpResult>> ResubmitAsync(
        [Description("The filing's id.")] Guid id, ResubmitFilingRequest request, ClaimsPrincipal user, UserManager<AppUser> users,
        FilingSubmissions submissions, CancellationToken ct)
    {
        if (await InstitutionAccess.InstitutionOfAsync(user, users) is not { } institutionId) return NotFound(id);
        var (submitted, refusal) = await submissions.ResubmitAsync(institutionId, id, request, user.Identity!.Name, ct);
        return refusal is null ? TypedResults.Ok(submitted!) : refusal.ToProblem();
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblems.NotFound("FILING_NOT_FOUND", $"备案 {id} 不存在。");
}
