using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Plans;

/// <summary>Finds the open task a plan endpoint completes: by the plan id (the business key) and the BPMN element.</summary>
public static class PlanTasks
{
    public static async Task<(UserTaskRecord? Task, ProblemHttpResult? Problem)> OpenAsync(
        AppDbContext db, Guid planId, string elementId, string what, CancellationToken ct)
    {
        var key = planId.ToString();
        var task = await db.Set<UserTaskRecord>().AsNoTracking()
            .Where(t => t.BusinessKey == key && t.ElementId == elementId && t.Status == TaskStatus.Open)
            .OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(ct);
        return task is null
            ? (null, TypedResults.Problem(ApiProblems.Create(StatusCodes.Status409Conflict, "NO_OPEN_TASK",
                $"考核计划 {planId} 当前没有待办的“{what}”任务。")))
            : (task, null);
    }
}
