using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>
/// <c>annual.schedule</c>: evaluates the window the BPMN sets (properties <c>notice_on</c>, <c>window_opens</c>,
/// <c>window_closes</c>) and records the expected summary, so the API checks submissions against it.
/// </summary>
public sealed class ScheduleAnnualReportHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filingId = context.Id("filingId");
        var year = Convert.ToInt32(context.Variables["report_year"], System.Globalization.CultureInfo.InvariantCulture);
        var report = await context.Db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.FilingId == filingId && r.Year == year, cancellationToken);
        if (report is null)
        {
            report = new AnnualReport
            {
                Id = RowIds.Next(context.Now), FilingId = filingId, InstitutionId = context.Id("institutionId"), Year = year,
                Basis = context.Basis(),
            };
            context.Db.Add(report);
        }
        report.WindowOpens = context.DateProperty("window_opens");
        report.WindowCloses = context.DateProperty("window_closes");
        report.InstanceId = context.InstanceId;
        context.Variables["annualReportId"] = report.Id.ToString();
        context.SetDate("notice_on", context.DateProperty("notice_on"));
        context.SetDate("window_opens", report.WindowOpens);
        context.SetDate("window_closes", report.WindowCloses);
    }
}

/// <summary><c>annual.accept</c>: the clerk accepted the summary.</summary>
public sealed class AcceptAnnualReportHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var report = await context.ReportAsync(cancellationToken);
        report.Status = AnnualReportStatus.Accepted;
        report.DecidedOn = context.Today();
    }
}

/// <summary>
/// <c>annual.return</c>: the clerk returned the summary (data field <c>return_reason</c>); the institution
/// resubmits by the date the BPMN property <c>resubmit_due</c> gives (over <c>returned_on</c>).
/// </summary>
public sealed class ReturnAnnualReportHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var report = await context.ReportAsync(cancellationToken);
        context.SetDate("returned_on", context.Today());
        var due = context.DateProperty("resubmit_due");
        report.Status = AnnualReportStatus.Returned;
        report.DecidedOn = context.Today();
        report.ReturnReason = context.Text("return_reason");
        report.ResubmitDueOn = due;
        context.SetDate("resubmit_due", due);
    }
}

/// <summary><c>annual.record-overdue</c>: no summary by the deadline; it weighs in the renewal evaluation.</summary>
public sealed class RecordOverdueAnnualReportHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var report = await context.ReportAsync(cancellationToken);
        report.Status = AnnualReportStatus.Overdue;
        report.DecidedOn = context.Today();
        report.Basis = context.Basis();
    }
}

internal static class AnnualStepValues
{
    public static async Task<AnnualReport> ReportAsync(this TaskHandlerContext context, CancellationToken ct)
    {
        var id = context.Id("annualReportId");
        return await context.Db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new WorkflowException("ANNUAL_REPORT_NOT_FOUND", $"年度工作总结 {id} 不存在。");
    }
}
