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
    public const string AcceptanceProcess = "filing-acceptance";
    public const string ResubmittedMessage = "filing-resubmitted";

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
        WorkflowEngine engine, TimeProvider time, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(user, users);
        var institution = institutionId is null ? null : await db.Set<Institution>().FindAsync([institutionId], ct);
        if (institution is null) return ApiProblems.Forbidden("您的账号未关联评价机构，不能提交备案。");
        var filing = new Filing
        {
            Id = Guid.NewGuid(), InstitutionId = institution.Id, Authority = institution.Authority,
            Scope = FilingInputs.ToScope(request.Scope!), Premises = FilingInputs.ToPremises(request.Premises!),
            Assessors = FilingInputs.ToAssessors(request.Assessors), Materials = FilingInputs.ToMaterials(request.Materials, 1),
            SubmittedAt = time.GetUtcNow(),
        };
        var variables = new Dictionary<string, object?> { ["filingId"] = filing.Id.ToString(), ["institutionId"] = institution.Id.ToString() };
        var instanceId = await engine.StartAsync(AcceptanceProcess, filing.Id.ToString(), variables, user.Identity!.Name, ct,
            alongside: (stepDb, _) => { stepDb.Add(filing); return Task.CompletedTask; });
        return TypedResults.Created($"/api/filings/{filing.Id}", new SubmittedFiling(filing.Id, instanceId));
    }

    private static async Task<Results<Ok<FilingView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().Include(f => f.StatusHistory).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null || !await InstitutionAccess.MaySeeAsync(user, users, filing.InstitutionId)) return NotFound(id);
        var rounds = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == id).ToListAsync(ct);
        return TypedResults.Ok(FilingView.Of(filing, rounds));
    }

    /// <summary>Filings in the order they were submitted, one page at a time.</summary>
    /// <param name="status">Only filings in this status.</param>
    /// <param name="institutionId">Only filings of this institution.</param>
    private static async Task<Results<Ok<Paged<FilingSummary>>, ProblemHttpResult>> ListAsync(
        AppDbContext db, [AsParameters] PageQuery page, CancellationToken ct, string? status = null, Guid? institutionId = null)
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
        Guid id, AppDbContext db, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null) return NotFound(id);
        return TypedResults.Ok(FilingChecks.Evaluate(filing));
    }

    /// <summary>
    /// 000 §三.2: after a correction notice the institution resubmits; the workflow applies the new version
    /// (<c>filing.resubmitted</c>) in the same transaction that takes the message, so the review reopens on it.
    /// </summary>
    private static async Task<Results<Ok<SubmittedFiling>, ProblemHttpResult>> ResubmitAsync(
        Guid id, ResubmitFilingRequest request, ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db,
        WorkflowEngine engine, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (filing is null || await InstitutionAccess.InstitutionOfAsync(user, users) != filing.InstitutionId) return NotFound(id);
        if (filing.Status != FilingStatus.CorrectionRequested)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status409Conflict, "FILING_NOT_AWAITING_CORRECTION",
                $"该备案当前状态为“{FilingView.StatusName(filing.Status)}”，只有收到补正告知后才能重新提交。", "status"));
        var variables = new Dictionary<string, object?> { [ResubmissionHandler.Variable] = ResubmissionHandler.Serialize(request) };
        var result = await engine.CorrelateMessageAsync(ResubmittedMessage, id.ToString(), variables, user.Identity!.Name, ct);
        return TypedResults.Ok(new SubmittedFiling(id, result.InstanceId));
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblems.NotFound("FILING_NOT_FOUND", $"备案 {id} 不存在。");
}
