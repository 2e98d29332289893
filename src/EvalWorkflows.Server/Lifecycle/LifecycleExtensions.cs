using EvalWorkflows.Engine;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// A filing's life after it is filed (workflows/filing-lifecycle.bpmn): the renewal window, expiry and grace, the
/// yearly reporting schedule, and the scope freeze before expiry. Renewals/ and AnnualReports/ register their own
/// workflows' handlers.
/// </summary>
public static class LifecycleExtensions
{
    public static IServiceCollection AddFilingLifecycle(this IServiceCollection services)
    {
        services.AddTaskHandler<StopReportingHandler>("lifecycle.stop-reporting");
        services.AddTaskHandler<RenewHandler>("lifecycle.renew");
        services.AddTaskHandler<EndFilingHandler>("lifecycle.end");
        services.AddTaskHandler<NextReportYearHandler>("lifecycle.next-report-year");
        return services;
    }

    public static IEndpointRouteBuilder MapFilingLifecycleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapScopeChangeEndpoints();
        return app;
    }
}
