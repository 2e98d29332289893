using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Supervision;

public static class SupervisionExtensions
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddOptions<SupervisionOptions>().BindConfiguration(SupervisionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddTaskHandler<RecordSupervisionReportHandler>("supervision.record");
        return services;
    }

    /// <summary>The supervisor's report on a batch, under the batch's own path (<c>/api/plans/{id}/supervision-report</c>).</summary>
    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/plans").WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .MapSupervisionEndpoints();
        return app;
    }
}

/// <summary>
/// <c>supervision.record</c>: keeps the report and applies its recommendation. An invalid batch's results are not
/// recognised (001 art. 31) and count toward cancelling the filing (001 art. 32(七)).
/// </summary>
public sealed class RecordSupervisionReportHandler : ITaskHandler
{
    // 001 art. 32(七): a filing is cancelled when the grounds of art. 31 occur 3 times or more — counted within the
    // filing's validity period (ValidFrom..ValidUntil, by exam start).
    public const int InvalidBatchesForCancellation = 3;

    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var plan = await context.PlanAsync(ct);
        string Text(string name) => context.Variables.TryGetValue(name, out var v) && v?.ToString() is { Length: > 0 } s
            ? s : throw new WorkflowException("REPORT_INCOMPLETE", $"质量督导报告缺少“{name}”。", name);
        var recommendation = Text("recommendation") switch
        {
            "valid" => BatchRecommendation.Valid,
            "invalid" => BatchRecommendation.Invalid,
            var other => throw new WorkflowException("REPORT_INCOMPLETE", $"有效性建议“{other}”无效。", "recommendation"),
        };
        context.Db.Add(new SupervisionReport
        {
            Id = RowIds.Next(context.Now), PlanId = plan.Id, Supervisor = plan.SupervisorUserName ?? "",
            SubmittedAt = context.Now, ExamAdministration = Text("exam_administration"),
            CandidateEligibility = Text("candidate_eligibility"), QuestionsAndAssessors = Text("questions_and_assessors"),
            PremisesAndEquipment = Text("premises_and_equipment"), Fees = Text("fees"), Recommendation = recommendation,
            InvalidityGrounds = context.Variables.TryGetValue("invalidity_grounds", out var g) ? g?.ToString() : null,
        });
        plan.MoveTo(recommendation == BatchRecommendation.Invalid ? PlanStatus.ResultsNotRecognized : PlanStatus.Examined);
        if (recommendation == BatchRecommendation.Valid) return;
        // Only the batches of the filing's current validity period count: a renewal starts the count again.
        var filing = await context.Db.Set<Filing>().FirstAsync(f => f.Id == plan.FilingId, ct);
        var from = filing.ValidFrom ?? DateOnly.MinValue;
        var until = filing.ValidUntil ?? DateOnly.MaxValue;
        var earlier = await context.Db.Set<AssessmentPlan>().CountAsync(p =>
            p.InstitutionId == plan.InstitutionId && p.Id != plan.Id && p.Status == PlanStatus.ResultsNotRecognized
            && p.ExamStart >= from && p.ExamStart <= until, ct);
        context.Variables["invalid_batches"] = earlier + 1;
        context.Variables["cancellation_review"] = earlier + 1 >= InvalidBatchesForCancellation;
    }
}
