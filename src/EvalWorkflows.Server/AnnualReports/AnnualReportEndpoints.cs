using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.AnnualReports;

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
        group.MapPost("/", SubmitAsync).RequireAuthorization(p => p.RequireRole(Roles.Institution));
        group.MapGet("/", ListAsync).RequireAuthorization();
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

    private static async Task<Ok<List<AnnualReportView>>> ListAsync(Guid filingId, AppDbContext db,
        UserManager<AppUser> users, ClaimsPrincipal user, CancellationToken ct)
    {
        var reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.FilingId == filingId).OrderBy(r => r.Year).ToListAsync(ct);
        var visible = new List<AnnualReportView>();
        foreach (var r in reports)
            if (await LifecycleApi.MayReadAsync(users, user, r.InstitutionId)) visible.Add(AnnualReportView.Of(r));
        return TypedResults.Ok(visible);
    }
}
