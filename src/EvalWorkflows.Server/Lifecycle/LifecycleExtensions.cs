using EvalWorkflows.Engine;
using EvalWorkflows.Server.AnnualReports;
using EvalWorkflows.Server.Renewals;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// A filing's life after it is filed (workflows/filing-lifecycle.bpmn): renewal (renewal-evaluation.bpmn),
/// expiry and grace, yearly summaries (annual-report.bpmn), and the scope freeze before expiry.
/// </summary>
public static class LifecycleExtensions
{
    public static IServiceCollection AddFilingLifecycle(this IServiceCollection services)
    {
        services.AddTaskHandler<StopReportingHandler>("lifecycle.stop-reporting");
        services.AddTaskHandler<RenewHandler>("lifecycle.renew");
        services.AddTaskHandler<EndFilingHandler>("lifecycle.end");
        services.AddTaskHandler<NextReportYearHandler>("lifecycle.next-report-year");
        services.AddTaskHandler<AssessRenewalHandler>("renewal.assess");
        services.AddTaskHandler<DecideRenewalHandler>("renewal.decide");
        services.AddTaskHandler<ScheduleAnnualReportHandler>("annual.schedule");
        services.AddTaskHandler<AcceptAnnualReportHandler>("annual.accept");
        services.AddTaskHandler<ReturnAnnualReportHandler>("annual.return");
        services.AddTaskHandler<RecordOverdueAnnualReportHandler>("annual.record-overdue");
        return services;
    }

    public static IEndpointRouteBuilder MapFilingLifecycleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapRenewalEndpoints();
        app.MapAnnualReportEndpoints();
        app.MapScopeChangeEndpoints();
        return app;
    }
}
