using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Supervision;

public static class SupervisionEndpoints
{
    public const string ReportTask = "report";

    public static RouteGroupBuilder MapSupervisionEndpoints(this RouteGroupBuilder plans)
    {
        plans.MapPost("/{id:guid}/supervision-report", SubmitAsync).WithSummary("Submit the quality supervisor's report on a batch (001 art. 18)").WithTags("Supervision")
            .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        return plans;
    }

    /// <summary>Validates the report (001 art. 18) and completes the assigned supervisor's report task with it.</summary>
    private static async Task<Results<Ok, ProblemHttpResult>> SubmitAsync(
        [Description("The assessment plan's (batch's) id.")] Guid id, SupervisionReportRequest request,
        ClaimsPrincipal user, AppDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var (task, missing) = await PlanTasks.OpenAsync(db, id, ReportTask, "提交质量督导报告", ct);
        if (missing is not null) return missing;
        if (!user.IsInRole(Roles.Admin) && task!.Assignee != user.Identity!.Name)
            return ApiProblems.Forbidden($"本批次的质量督导员是 {task.Assignee}，您不能提交其督导报告。");
        await engine.CompleteTaskAsync(task!.Id, null, request.ToTaskData(), user.Identity!.Name, ct);
        return TypedResults.Ok();
    }
}
