using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Supervision;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Plans;

/// <summary><c>plan.set-status</c>: moves the plan to <c>ew:status</c> (e.g. Refused when the clerk returns it).</summary>
public sealed class SetPlanStatusHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var plan = await context.PlanAsync(ct);
        plan.MoveTo(Enum.Parse<PlanStatus>(context.Properties["status"]));
    }
}

/// <summary>
/// <c>plan.assign-supervisor</c>: records the supervisor the clerk chose (001 art. 17) and copies where reminders
/// and escalations go: the supervisor's address (or the dispatching unit's when the user has none) and the unit's.
/// </summary>
public sealed class AssignSupervisorHandler(UserManager<AppUser> users, IOptions<SupervisionOptions> options) : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var name = context.Variables.TryGetValue("supervisor", out var v) ? v?.ToString()?.Trim() : null;
        if (await SupervisorAssignment.CheckAsync(users, name) is { } invalid) throw invalid;
        var plan = await context.PlanAsync(ct);
        plan.AssignSupervisor(name!);
        var user = await users.FindByNameAsync(name!);
        var unit = options.Value.DispatchingUnitEmail;
        context.Variables["supervisor"] = name;
        context.Variables["supervisor_email"] = string.IsNullOrWhiteSpace(user?.Email) ? unit : user.Email;
        context.Variables["dispatching_unit_email"] = unit;
    }
}
