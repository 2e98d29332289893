using EvalWorkflows.Engine;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>Yearly work summaries (003 §四(二); annual-report.bpmn): the API and the workflow's handlers.</summary>
public static class AnnualReportsExtensions
{
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddTaskHandler<ScheduleAnnualReportHandler>("annual.schedule");
        services.AddTaskHandler<AcceptAnnualReportHandler>("annual.accept");
        services.AddTaskHandler<ReturnAnnualReportHandler>("annual.return");
        services.AddTaskHandler<RecordOverdueAnnualReportHandler>("annual.record-overdue");
        return services;
    }

    public static IEndpointRouteBuilder MapAnnualReports(this IEndpointRouteBuilder app) => app.MapAnnualReportEndpoints();
}
