using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Studio.Rehearsal;

public static partial class RehearsalStandIns
{
    /// <summary>
    /// The handlers of a filed institution's life (filing-lifecycle, renewal-evaluation, annual-report): dates
    /// computed from the instance's variables and the BPMN's properties exactly as the real handlers do (the same
    /// code where the real handler has it apart from its records); the filing, renewal and summary records they
    /// change are only described.
    /// </summary>
    private static Dictionary<string, StandIn> ForFiledInstitutions() => new()
    {
        ["renewal.assess"] = (c, settings) =>
        {
            // The checks of 004 §三 read the institution's records, which a rehearsal has none of: none failed.
            c.Set("centre_email", settings.Filing.CentreEmail);
            c.Set("supervisor_email", settings.Filing.SupervisorEmail);
            c.Set("checks_failed", new List<object?>());
            return "将按续期条件（004 §三）核对机构材料并记入续期申请，备案状态改为“续期评估中”；排练中不读写机构档案，视为全部条件符合。";
        },
        ["renewal.decide"] = (c, _) =>
        {
            var passed = c.Text("outcome") == "pass";
            c.Set("renewal_passed", passed);
            c.Set("refusal_reasons", passed ? null : c.Text("reasons") ?? "未达到续期条件");
            c.Set("decided_on", IsoDate.Format(c.Today()));
            return passed ? "将记录续期评估结论：合格。" : "将记录续期评估结论：不合格（理由记入续期申请），备案有效期届满后终止。";
        },
        ["lifecycle.stop-reporting"] = (c, _) =>
        {
            c.SetDate("expired_on", c.Date("valid_until").AddDays(1));
            return "将终止机构的数据上报，备案状态改为“已到期”（004 §五(二)）。";
        },
        ["lifecycle.renew"] = (c, settings) =>
        {
            var dates = RenewHandler.SetRenewedDates(c, settings.Calendar);
            return $"将核发新的备案函，备案有效期至{Words(IsoDate.Format(dates.ValidUntil))}，备案状态改为“已备案”。";
        },
        ["lifecycle.end"] = (c, _) => $"将终止备案（{EndFilingHandler.SetEnded(c)}）并在备案名录公开。",
        ["lifecycle.next-report-year"] = (c, _) =>
        {
            new NextReportYearHandler().ExecuteAsync(c, CancellationToken.None).GetAwaiter().GetResult();
            return $"下一个年度工作总结为{c.Variables["report_year"]}年度。";
        },
        ["annual.schedule"] = ScheduleAnnualReport,
        ["annual.accept"] = (_, _) => "将记录年度工作总结审核通过。",
        ["annual.return"] = (c, _) =>
        {
            c.SetDate("returned_on", c.Today());
            c.SetDate("resubmit_due", c.DateProperty("resubmit_due"));
            return $"将记录年度工作总结退回修改，应于{Words(c.Variables["resubmit_due"])}前重新报送。";
        },
        ["annual.record-overdue"] = (_, _) => "将记录年度工作总结逾期未报送，续期评估时计入。",
    };

    private static string ScheduleAnnualReport(TaskHandlerContext c, RehearsalSettings _)
    {
        // Rehearsed on its own, the procedure has no lifecycle to give it the year: the start day's year stands in,
        // the year a filing made that day reports first.
        if (c.Text("report_year") is null) c.Set("report_year", c.Today().Year);
        c.Set("annualReportId", SampleRecordId);
        c.SetDate("notice_on", c.DateProperty("notice_on"));
        c.SetDate("window_opens", c.DateProperty("window_opens"));
        c.SetDate("window_closes", c.DateProperty("window_closes"));
        return $"将登记{c.Variables["report_year"]}年度工作总结，报送期{Words(c.Variables["window_opens"])}至{Words(c.Variables["window_closes"])}。";
    }
}
