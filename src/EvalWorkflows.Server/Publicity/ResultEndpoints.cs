using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Publicity;

/// <summary>The institution publishes its batch results, and uploads them once publicity has ended without objection.</summary>
public static class ResultEndpoints
{
    public const string PublishedMessage = "results-published";
    public const string UploadedMessage = "results-uploaded";

    public static RouteGroupBuilder MapResultEndpoints(this RouteGroupBuilder plans)
    {
        plans.MapPost("/{id:guid}/results", PublishAsync).WithSummary("Publish a batch's results, starting their publicity").WithTags("Publicity").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/{id:guid}/results/upload", UploadAsync).WithSummary("Upload a batch's results after publicity").WithTags("Publicity").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        return plans;
    }

    private static async Task<Results<Ok, ProblemHttpResult>> PublishAsync(
        [Description("The assessment plan's (batch's) id.")] Guid id, PublishResultsRequest request,
        ClaimsPrincipal user, AppDbContext db, WorkflowEngine engine, TimeProvider time, CancellationToken ct)
    {
        var today = WorkingDayCalendar.Today(time);
        if (await RefuseAsync(id, user, db, today, ct) is { } problem) return problem;
        return await CorrelateAsync(engine, PublishedMessage, id, user, ct, new()
        {
            ["published_on"] = IsoDate.Format(today),
            ["candidates"] = request.Candidates, ["passed"] = request.Passed, ["published_at"] = request.PublishedAt!.Trim(),
        });
    }

    private static async Task<Results<Ok, ProblemHttpResult>> UploadAsync(
        [Description("The assessment plan's (batch's) id.")] Guid id, ClaimsPrincipal user, AppDbContext db,
        WorkflowEngine engine, TimeProvider time, CancellationToken ct)
    {
        var today = WorkingDayCalendar.Today(time);
        if (await RefuseAsync(id, user, db, today, ct) is { } problem) return problem;
        return await CorrelateAsync(engine, UploadedMessage, id, user, ct, new() { ["uploaded_on"] = IsoDate.Format(today) });
    }

    /// <summary>Only the plan's own institution, and only while its filing may still report data (004 §五(二)).</summary>
    private static async Task<ProblemHttpResult?> RefuseAsync(Guid planId, ClaimsPrincipal user, AppDbContext db, DateOnly today,
        CancellationToken ct)
    {
        var filingId = await db.Set<AssessmentPlan>().Where(p => p.Id == planId).Select(p => (Guid?)p.FilingId).FirstOrDefaultAsync(ct);
        if (filingId is null) return ApiProblems.NotFound("PLAN_NOT_FOUND", $"考核计划 {planId} 不存在。");
        var (context, problem) = await InstitutionContext.LoadAsync(user, filingId.Value, db, ct);
        if (problem is not null) return problem;
        return PlanRules.FilingMayReport(context!.Filing, today)?.ToProblem();
    }

    private static async Task<Results<Ok, ProblemHttpResult>> CorrelateAsync(WorkflowEngine engine, string message, Guid planId,
        ClaimsPrincipal user, CancellationToken ct, Dictionary<string, object?> variables)
    {
        if (await engine.TryCorrelateAsync(message, planId.ToString(), variables, user.Identity!.Name, ct)) return TypedResults.Ok();
        return Refusal.Conflict("PLAN_NOT_AWAITING_RESULTS", message == PublishedMessage
            ? "本批次当前不能公示结果：须在考核结束、质量督导报告确认批次有效后公示，且每批次只公示一次。"
            : "本批次当前不能上传结果：须在公示期满且无未处理的异议后上传。").ToProblem();
    }
}
