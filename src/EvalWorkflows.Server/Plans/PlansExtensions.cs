using EvalWorkflows.Engine;

namespace EvalWorkflows.Server.Plans;

public static class PlansExtensions
{
    /// <summary>Assessment plans: the submission rules, the supervisor's dispatch and the plan workflow's handlers.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlanSubmissionDeadline>();
        services.AddScoped<PlanSubmissions>();
        services.AddTaskHandler<SetPlanStatusHandler>("plan.set-status");
        services.AddScoped<Workflows.ITaskCompletionValidator, SupervisorAssignmentValidator>();
        services.AddScoped<Workflows.ITaskCompletionValidator, SupervisionReportValidator>();
        services.AddTaskHandler<AssignSupervisorHandler>("plan.assign-supervisor");
        return services;
    }
}
