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
        group.MapPost("/", SubmitAsync).RequireAuthorization(p => p.RequireRole(Roles.Institution))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/", ListAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapGet("/{id:guid}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/checks", ChecksAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapPost("/{id:guid}/resubmit", ResubmitAsync).RequireAuthorization(p => p.RequireRole(Roles.Institution))
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

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
        Guid id, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().Include(f => f.StatusHistory).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null || !await InstitutionAccess.MaySeeAsync(user, users, filing.InstitutionId)) return NotFound(id);
        var rounds = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == id).ToListAsync(ct);
        return TypedResults.Ok(FilingView.Of(filing, rounds));
    }

    private static async Task<Results<Ok<List<FilingSummary>>, ProblemHttpResult>> ListAsync(
        AppDbContext db, CancellationToken ct, string? status = null, Guid? institutionId = null)
    {
        var query = db.Set<Filing>().AsNoTracking();
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<FilingStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                return ApiProblems.BadRequest("status", $"备案状态“{status}”无效（可选：{string.Join("、", Enum.GetValues<FilingStatus>().Select(FilingView.StatusName))}）。");
            query = query.Where(f => f.Status == s);
        }
        if (institutionId is { } iid) query = query.Where(f => f.InstitutionId == iid);
        var filings = await query.ToListAsync(ct);
        return TypedResults.Ok(filings.OrderBy(f => f.SubmittedAt).Select(f => new FilingSummary(f.Id, f.InstitutionId,
            f.Authority, FilingView.StatusName(f.Status), f.InstitutionCode, f.SubmittedAt, f.FiledOn, f.ValidUntil)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<FilingCheck>>, ProblemHttpResult>> ChecksAsync(
        Guid id, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null) return NotFound(id);
        return TypedResults.Ok(FilingChecks.Evaluate(filing));
    }

    private static async Task<Results<Ok<SubmittedFiling>, ProblemHttpResult>> ResubmitAsync(
        Guid id, ResubmitFilingRequest request, ClaimsPrincipal user, UserManager<AppUser> users,
        FilingSubmissions submissions, CancellationToken ct)
    {
        if (await InstitutionAccess.InstitutionOfAsync(user, users) is not { } institutionId) return NotFound(id);
        var (submitted, refusal) = await submissions.ResubmitAsync(institutionId, id, request, user.Identity!.Name, ct);
        return refusal is null ? TypedResults.Ok(submitted!) : refusal.ToProblem();
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblems.NotFound("FILING_NOT_FOUND", $"备案 {id} 不存在。");
}
