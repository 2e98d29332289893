using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Renewals;

/// <summary>
/// Applying for renewal (004 §二, §四, §五(二)): the one path <c>POST /api/renewals</c> and the portal's renewal
/// page take, so the window and the one-pending-application rule are applied once.
/// </summary>
public sealed class RenewalSubmissions(AppDbContext db, UserManager<AppUser> users, WorkflowEngine engine, TimeProvider time)
{
    /// <summary>The renewal message the filing's lifecycle waits for in the window and the grace period.</summary>
    public const string AppliedMessage = "renewal-applied";

    public async Task<(Guid? Id, Refusal? Refusal)> ApplyAsync(ApplyForRenewal request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var filing = await LifecycleApi.OwnFilingAsync(db, users, user, request.FilingId!.Value, ct);
        if (filing is null) return (null, LifecycleApi.FilingNotFound());
        var today = WorkingDayCalendar.Today(time);
        var window = RenewalWindow.For(filing, today);
        if (!window.Open) return (null, new Refusal(window.Code!, window.Detail!, "filingId", window.Basis));
        if (await db.Set<RenewalApplication>().AnyAsync(a => a.FilingId == filing.Id && a.Status == RenewalStatus.Received, ct))
            return (null, Refusal.Conflict("RENEWAL_PENDING", "该备案已有正在评估的续期申请，请勿重复提交。", "filingId"));

        var application = new RenewalApplication
        {
            Id = Guid.NewGuid(), FilingId = filing.Id, InstitutionId = filing.InstitutionId, ReceivedOn = today,
            Late = window.Late, Statement = request.Statement!.Trim(), BatchExplanation = request.BatchExplanation?.Trim(),
            IncentiveEvidence = request.IncentiveEvidence?.Trim(), UnfinishedRectification = request.UnfinishedRectification,
        };
        // The application is written in the correlation's own transaction: a refused correlation (nothing
        // waiting, a timer firing on the same instance, any other error) leaves no Received application
        // behind to block the retry with RENEWAL_PENDING. Saved inside the step so renewal.assess finds it.
        var awaited = await engine.TryCorrelateAsync(AppliedMessage, filing.Id.ToString(), new Dictionary<string, object?>
        {
            ["renewalId"] = application.Id.ToString(), ["received_on"] = IsoDate.Format(today),
        }, user.Identity?.Name, ct, alongside: async (stepDb, token) =>
        {
            stepDb.Add(application);
            await stepDb.SaveChangesAsync(token);
        });
        return awaited
            ? (application.Id, null)
            : (null, Refusal.Conflict("RENEWAL_NOT_AWAITED", "该备案当前没有等待续期申请的流程，请联系鉴定中心。", "filingId"));
    }
}
