using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>
/// Submitting the yearly work summary (003 §四(二)): the one path <c>POST /api/annual-reports</c> and the portal's
/// summary page take, so the window the workflow recorded is applied once.
/// </summary>
public sealed class AnnualReportSubmissions(AppDbContext db, UserManager<AppUser> users, WorkflowEngine engine, TimeProvider time)
{
    /// <summary>The message the annual-report workflow waits for in the window (and after a return).</summary>
    public const string SubmittedMessage = "annual-report-submitted";

    public async Task<(Guid? Id, Refusal? Refusal)> SubmitAsync(SubmitAnnualReport request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var filing = await LifecycleApi.OwnFilingAsync(db, users, user, request.FilingId!.Value, ct);
        if (filing is null) return (null, LifecycleApi.FilingNotFound());
        var report = await db.Set<AnnualReport>().AsNoTracking().FirstOrDefaultAsync(r => r.FilingId == filing.Id && r.Year == request.Year, ct);
        var today = WorkingDayCalendar.Today(time);
        if (AnnualReportWindow.RefusalFor(report, request.Year!.Value, today) is { } refusal) return (null, refusal);

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
        return awaited
            ? (reportId, null)
            : (null, Refusal.Conflict("ANNUAL_REPORT_NOT_AWAITED", "当前没有等待该年度工作总结的流程，请联系鉴定中心。", "year"));
    }
}
