using EvalWorkflows.Engine;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Supervision;

namespace EvalWorkflows.Server.Plans;

public static class PlansExtensions
{
    /// <summary>Assessment plans, their supervision reports and result publicity: rules and workflow handlers.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlanSubmissionDeadline>();
        services.AddScoped<PlanSubmissions>();
        services.AddTaskHandler<SetPlanStatusHandler>("plan.set-status");
        services.AddScoped<Workflows.ITaskCompletionValidator, SupervisorAssignmentValidator>();
        services.AddScoped<Workflows.ITaskCompletionValidator, SupervisionReportValidator>();
        services.AddTaskHandler<AssignSupervisorHandler>("plan.assign-supervisor");
        services.AddSupervision();
        services.AddPublicity();
        return services;
    }
}
