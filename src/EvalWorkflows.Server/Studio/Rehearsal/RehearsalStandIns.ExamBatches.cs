using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Plans.Pages;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Supervision;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Studio.Rehearsal;

public static partial class RehearsalStandIns
{
    /// <summary>
    /// The handlers of an exam batch (plan-submission, supervision-report, result-publicity): a rehearsal has no
    /// plan, no supervision report and no stored objection, so what the real handler reads from them comes from
    /// the instance's variables (the sample ones, the task forms' and the messages').
    /// </summary>
    private static Dictionary<string, StandIn> ForExamBatches() => new()
    {
        ["plan.set-status"] = (c, _) =>
            $"考核计划状态将改为“{PlansModel.StatusOf(Enum.Parse<PlanStatus>(c.Property("status"))).Text}”；排练中不改动计划。",
        ["plan.assign-supervisor"] = AssignSupervisor,
        ["supervision.record"] = RecordSupervision,
        ["publicity.open"] = (c, _) =>
        {
            c.Set("publicity_ends_on", IsoDate.Format(PublicityExtensions.EndsOn(c)));
            c.Set("publicity_id", SampleRecordId);
            return $"将登记公示期，公示至{Words(c.Variables["publicity_ends_on"])}；排练中不改动计划。";
        },
        ["publicity.decide"] = DecideObjection,
        ["publicity.count-open"] = (c, _) =>
        {
            // Objections reach a rehearsal only as messages, each handled as it arrives: none is left stored.
            c.Set("open_objections", 0);
            c.Set("objection_text", null);
            return "将清点公示期内未处理的异议；排练中不保存异议，视为没有未处理的异议。";
        },
    };

    /// <summary>Stands for the id of a record the real handler creates or reads (none exists in a rehearsal).</summary>
    private const string SampleRecordId = "00000000-0000-0000-0000-000000000000";

    private static string AssignSupervisor(TaskHandlerContext c, RehearsalSettings settings)
    {
        // The real handler checks the user holds the supervisor role and copies the user's address; a rehearsal
        // reads no user, so reminders go where they go for a supervisor without one: the dispatching unit.
        var name = c.Text("supervisor")?.Trim();
        if (string.IsNullOrEmpty(name))
            throw new WorkflowException("SUPERVISOR_INVALID", "未填写质量督导员，不能委派督导本批次考核。", "supervisor");
        var unit = settings.Supervision.DispatchingUnitEmail;
        c.Set("supervisor", name);
        c.Set("supervisor_email", unit);
        c.Set("dispatching_unit_email", unit);
        return $"将把质量督导员“{name}”记入考核计划（001 art. 17）；排练中不核对用户，提醒发往派出单位。";
    }

    private static string RecordSupervision(TaskHandlerContext c, RehearsalSettings _)
    {
        var recommendation = c.Text("recommendation");
        if (recommendation is not ("valid" or "invalid"))
            throw new WorkflowException("REPORT_INCOMPLETE", $"有效性建议“{recommendation}”无效。", "recommendation");
        if (recommendation == "valid") return "将保存质量督导报告，考核计划状态改为“已考核，待公示”。";
        // The real handler counts the institution's earlier invalid batches in this validity period; a rehearsal
        // has none unless the admin starts it with invalid_batches (the count before this batch).
        var earlier = c.Plain("invalid_batches") is { } n && int.TryParse(n.ToString(), out var count) ? count : 0;
        c.Set("invalid_batches", earlier + 1);
        c.Set("cancellation_review", earlier + 1 >= RecordSupervisionReportHandler.InvalidBatchesForCancellation);
        return $"将保存质量督导报告，本批次成绩不予认定（001 art. 31），本有效期内累计第{earlier + 1}次。";
    }

    private static string DecideObjection(TaskHandlerContext c, RehearsalSettings _)
    {
        var upheld = c.Text("outcome") == "uphold";
        c.Set("decided_objection_text", c.Text("objection_text") ?? "（排练中的异议）");
        c.Set("objection_text", null);
        if (upheld)
        {
            c.Set("corrected_on", IsoDate.Format(WorkingDayCalendar.ChinaDate(c.Now)));
            c.Set("publicity_ends_on", IsoDate.Format(PublicityExtensions.EndsOn(c)));
        }
        c.Set("open_objections", 0);
        return upheld
            ? $"异议成立：将更正结果并重新公示至{Words(c.Variables["publicity_ends_on"])}。"
            : "异议不成立：将登记处理结果，公示期照常计算。";
    }
}
