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
    /// <summary>The message the annual-report workflow waits for in the window (and after a return).</summary>
    public const string SubmittedMessage = "annual-report-submitted";

    public static IEndpointRouteBuilder MapAnnualReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/annual-reports").WithTags("Annual reports").WithRequestValidation();
        group.MapPost("/", SubmitAsync).WithSummary("Submit the yearly work summary (1–10 March, 003 §四(二))").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        group.MapGet("/", ListAsync).WithSummary("List a filing's yearly summaries by year (paged)").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Created<CreatedRecord>, ProblemHttpResult>> SubmitAsync(SubmitAnnualReport request,
        AppDbContext db, UserManager<AppUser> users, WorkflowEngine engine, TimeProvider time, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var filing = await LifecycleApi.OwnFilingAsync(db, users, user, request.FilingId!.Value, ct);
        if (filing is null) return LifecycleApi.FilingNotFound();
        var report = await db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.FilingId == filing.Id && r.Year == request.Year, ct);
        var today = WorkingDayCalendar.Today(time);
        if (AnnualReportWindow.RefusalFor(report, request.Year!.Value, today) is { } refusal) return refusal;

        var reportId = report!.Id;
        var content = request.ToContent();
        // The summary is marked Submitted in the correlation's own transaction: a refused correlation (nothing
        // waiting, a timer firing on the same instance, any other error) leaves it as it was, so the retry is
        // not refused as a duplicate and the deadline timer does not find a summary nobody reviews.
        var awaited = await engine.TryCorrelateAsync(SubmittedMessage, filing.Id.ToString(),
            new Dictionary<string, object?> { ["submitted_on"] = IsoDate.Format(today) }, user.Identity?.Name, ct,
            alongside: async (stepDb, token) =>
            {
                var stored = await stepDb.Set<AnnualReport>().FirstAsync(r => r.Id == reportId, token);
                stored.Content = content;
                stored.Status = AnnualReportStatus.Submitted;
                stored.SubmittedOn = today;
                await stepDb.SaveChangesAsync(token);
            });
        if (!awaited)
            return Refusal.Conflict("ANNUAL_REPORT_NOT_AWAITED", "当前没有等待该年度工作总结的流程，请联系鉴定中心。", "year").ToProblem();
        return TypedResults.Created($"/api/annual-reports?filingId={filing.Id}", new CreatedRecord(report.Id));
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
