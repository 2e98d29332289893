using EvalWorkflows.Engine;

namespace EvalWorkflows.Server.Renewals;

/// <summary>Renewal applications (004 §四; renewal-evaluation.bpmn): the API and the workflow's handlers.</summary>
public static class RenewalsExtensions
{
    public static IServiceCollection AddRenewals(this IServiceCollection services)
    {
        services.AddTaskHandler<AssessRenewalHandler>("renewal.assess");
        services.AddTaskHandler<DecideRenewalHandler>("renewal.decide");
        return services;
    }

    public static IEndpointRouteBuilder MapRenewals(this IEndpointRouteBuilder app) => app.MapRenewalEndpoints();
}
