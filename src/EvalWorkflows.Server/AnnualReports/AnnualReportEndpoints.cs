using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>An institution's annual work report (年度工作总结) and where it stands.</summary>
/// <param name="Id">The annual report's id.</param>
/// <param name="FilingId">The id of the filing the report belongs to.</param>
/// <param name="Year">The year the report covers, e.g. 2025.</param>
/// <param name="Status">expected, submitted, returned, accepted or overdue.</param>
/// <param name="WindowOpens">First day the report may be submitted, ISO yyyy-MM-dd.</param>
/// <param name="WindowCloses">Last day the report may be submitted, ISO yyyy-MM-dd.</param>
/// <param name="ResubmitDueOn">Last day to resubmit a returned report, ISO yyyy-MM-dd; null unless returned.</param>
/// <param name="SubmittedOn">Day the report was last submitted, ISO yyyy-MM-dd.</param>
/// <param name="DecidedOn">Day the report was accepted or returned, ISO yyyy-MM-dd.</param>
/// <param name="ReturnReason">Why the clerk returned the report, in Chinese; null unless returned.</param>
/// <param name="Content">The report's figures and texts; null until submitted.</param>
/// <param name="Basis">The legal basis key of the annual report duty; basisText cites it in words.</param>
public sealed record AnnualReportView(Guid Id, Guid FilingId, int Year, string Status, DateOnly WindowOpens,
    DateOnly WindowCloses, DateOnly? ResubmitDueOn, DateOnly? SubmittedOn, DateOnly? DecidedOn, string? ReturnReason,
    AnnualReportContent? Content, string Basis)
{
    public static AnnualReportView Of(AnnualReport r) => new(r.Id, r.FilingId, r.Year, r.Status.ToString().ToLowerInvariant(),
        r.WindowOpens, r.WindowCloses, r.ResubmitDueOn, r.SubmittedOn, r.DecidedOn, r.ReturnReason, r.Content, r.Basis);
}

public static class AnnualReportEndpoints
{
    public static IEndpointRouteBuilder MapAnnualReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/annual-reports").WithTags("Annual reports").WithRequestValidation();
        group.MapPost("/", SubmitAsync).WithSummary("Submit the yearly work summary (1–10 March, 003 §四(二))").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        group.MapGet("/", ListAsync).WithSummary("List a filing's yearly summaries by year (paged)").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Created<CreatedRecord>, ProblemHttpResult>> SubmitAsync(SubmitAnnualReport request,
        AnnualReportSubmissions submissions, ClaimsPrincipal user, CancellationToken ct)
    {
        var (id, refusal) = await submissions.SubmitAsync(request, user, ct);
        return refusal is not null
            ? refusal.ToProblem()
            : TypedResults.Created($"/api/annual-reports?filingId={request.FilingId}", new CreatedRecord(id!.Value));
    }

    /// <summary>A filing's yearly summaries by year, one page at a time; others' filings show none.</summary>
    private static async Task<Ok<Paged<AnnualReportView>>> ListAsync(
        [Description("The filing whose summaries to list.")] Guid filingId, [AsParameters] PageQuery page,
        AppDbContext db, UserManager<AppUser> users, ClaimsPrincipal user, CancellationToken ct)
    {
        // Every summary of a filing belongs to the filing's institution: one check covers the page.
        var institutionId = await db.Set<Filing>().Where(f => f.Id == filingId).Select(f => (Guid?)f.InstitutionId).FirstOrDefaultAsync(ct);
        var reports = db.Set<AnnualReport>().AsNoTracking().Where(r => r.FilingId == filingId);
        if (institutionId is not { } owner || !await LifecycleApi.MayReadAsync(users, user, owner)) reports = reports.Where(r => false);
        var shown = await reports.OrderBy(r => r.Year).ThenBy(r => r.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(shown.Select(AnnualReportView.Of));
    }
}
