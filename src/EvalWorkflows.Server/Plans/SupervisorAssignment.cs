using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Plans;

/// <summary>The quality supervisor dispatched to a batch.</summary>
/// <param name="Supervisor">The user name of a user holding the supervisor role (any letter case).</param>
public sealed record AssignSupervisorRequest([property: MaxLength(256)] string? Supervisor) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(Supervisor, "supervisor", "质量督导员用户名"));
}

/// <summary>
/// 001 art. 17: the centre dispatches a quality supervisor to the batch. Only a user holding the supervisor role
/// may be assigned; the check runs here (a 422 for the clerk) and again in the workflow step.
/// </summary>
public static class SupervisorAssignment
{
    public const string Basis = "001 art. 17";
    public const string TaskElement = "assignSupervisor";

    public static async Task<WorkflowException?> CheckAsync(UserManager<AppUser> users, string? userName)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        return user is not null && await users.IsInRoleAsync(user, Roles.Supervisor)
            ? null
            : new WorkflowException("SUPERVISOR_INVALID", $"“{userName}”不是质量督导员，不能委派督导本批次考核。", "supervisor");
    }

    public static async Task<Results<Ok, ProblemHttpResult>> AssignAsync(
        [Description("The assessment plan's (batch's) id.")] Guid id, AssignSupervisorRequest request,
        ClaimsPrincipal user, AppDbContext db, UserManager<AppUser> users, WorkflowEngine engine, CancellationToken ct)
    {
        if (await CheckAsync(users, request.Supervisor) is { } invalid)
            return new Refusal(invalid.Code, invalid.Message, invalid.Field, Basis).ToProblem();
        var (task, missing) = await PlanTasks.OpenAsync(db, id, TaskElement, "委派质量督导员", ct);
        if (missing is not null) return missing;
        await engine.CompleteTaskAsync(task!.Id, null,
            new Dictionary<string, object?> { ["supervisor"] = await CanonicalNameAsync(users, request.Supervisor!) }, user.Identity!.Name, ct);
        return TypedResults.Ok();
    }

    /// <summary>The user name as stored, whatever letter case the clerk typed: the task's assignee is compared with it.</summary>
    private static async Task<string> CanonicalNameAsync(UserManager<AppUser> users, string userName) =>
        (await users.FindByNameAsync(userName.Trim()))?.UserName ?? userName.Trim();
}
