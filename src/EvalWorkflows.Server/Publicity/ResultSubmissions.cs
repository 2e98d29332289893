using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// The institution publishes a batch's results (starting their publicity, 002 §四(三)) and uploads them once
/// publicity has ended without objection, with the result materials as files: the one path <c>POST /api/plans/{id}/results(/upload)</c> and the
/// portal's batch page take.
/// </summary>
public sealed class ResultSubmissions(AppDbContext db, WorkflowEngine engine, PlanFiles files, TimeProvider time)
{
    public const string PublishedMessage = "results-published";
    public const string UploadedMessage = "results-uploaded";

    public async Task<Refusal?> PublishAsync(Guid planId, PublishResultsRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return Refusal.Invalid(invalid);
        var today = WorkingDayCalendar.Today(time);
        return await RefuseAsync(planId, user, today, ct) ?? await CorrelateAsync(PublishedMessage, planId, user, ct, new()
        {
            ["published_on"] = IsoDate.Format(today),
            ["candidates"] = request.Candidates, ["passed"] = request.Passed, ["published_at"] = request.PublishedAt!.Trim(),
        });
    }

    /// <summary>The results go up with their materials (score lists, result tables), bound to the batch in the same step.</summary>
    public async Task<Refusal?> UploadAsync(Guid planId, UploadResultsRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return Refusal.Invalid(invalid);
        var today = WorkingDayCalendar.Today(time);
        if (await RefuseAsync(planId, user, today, ct) is { } refusal) return refusal;
        var institutionId = await db.Set<AssessmentPlan>().Where(p => p.Id == planId).Select(p => p.InstitutionId).FirstAsync(ct);
        return await files.CheckAsync(institutionId, request.FileIds, ct)
            ?? await CorrelateAsync(UploadedMessage, planId, user, ct,
                new() { ["uploaded_on"] = IsoDate.Format(today), ["result_files"] = request.FileIds?.Count ?? 0 },
                (stepDb, c) => PlanFiles.AttachAsync(stepDb, planId, null, request.FileIds, c));
    }

    /// <summary>Only the plan's own institution, and only while its filing may still report data (004 §五(二)).</summary>
    private async Task<Refusal?> RefuseAsync(Guid planId, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var filingId = await db.Set<AssessmentPlan>().Where(p => p.Id == planId).Select(p => (Guid?)p.FilingId).FirstOrDefaultAsync(ct);
        if (filingId is null) return new("PLAN_NOT_FOUND", $"考核计划 {planId} 不存在。", null, null, Status: StatusCodes.Status404NotFound);
        var (context, refusal) = await InstitutionContext.FindAsync(user, filingId.Value, db, ct);
        return refusal ?? PlanRules.FilingMayReport(context!.Filing, today);
    }

    private async Task<Refusal?> CorrelateAsync(string message, Guid planId, ClaimsPrincipal user, CancellationToken ct,
        Dictionary<string, object?> variables, AlongsideWrites? alongside = null)
    {
        if (await engine.TryCorrelateAsync(message, planId.ToString(), variables, user.Identity!.Name, ct, alongside)) return null;
        return Refusal.Conflict("PLAN_NOT_AWAITING_RESULTS", message == PublishedMessage
            ? "本批次当前不能公示结果：须在考核结束、质量督导报告确认批次有效后公示，且每批次只公示一次。"
            : "本批次当前不能上传结果：须在公示期满且无未处理的异议后上传。");
    }
}
