using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// What each domain handler does to the instance's variables, without its records: the dates and deadlines
/// the diagram's later steps and notices read are computed the way the real handler computes them (from the
/// same BPMN properties, on the same calendar), while the domain writes are only described. A handler not
/// listed here changes no variable in a rehearsal (every shipped handler is listed: RehearsalStandInTests).
/// </summary>
public static partial class RehearsalStandIns
{
    private delegate string StandIn(TaskHandlerContext context, RehearsalSettings settings);

    private static readonly Dictionary<string, StandIn> Known = new[] { ForFilingAcceptance(), ForExamBatches(), ForFiledInstitutions() }
        .SelectMany(group => group).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Sets what the real handler would set and says, in Chinese, what it would have written.</summary>
    public static string Apply(string type, TaskHandlerContext context, RehearsalSettings settings) =>
        Known.TryGetValue(type, out var standIn)
            ? standIn(context, settings)
            : $"将执行“{TaskHandlerLabels.Of(type)}”（{type}）；排练中不写入业务记录，也不改变变量。";

    /// <summary>Whether a rehearsal knows what this handler sets (else its variables come from the sample).</summary>
    public static bool Knows(string type) => Known.ContainsKey(type);

    /// <summary>The handlers of filing acceptance (filing-acceptance.bpmn).</summary>
    private static Dictionary<string, StandIn> ForFilingAcceptance() => new()
    {
        ["filing.received"] = Received,
        ["filing.accept"] = (c, _) =>
        {
            c.Set("accepted_on", IsoDate.Format(c.Today()));
            c.Set("completion_due_on", c.Evaluate(c.Property("completionDueOn"))?.ToString());
            return $"备案申请状态改为“已受理”，应于{Words(c.Variables["completion_due_on"])}前完成备案。";
        },
        ["filing.correction"] = Correction,
        ["filing.resubmitted"] = (c, _) =>
        {
            c.Variables.Remove("resubmission");
            c.Set("resubmitted_on", IsoDate.Format(c.Today()));
            c.Set("review_from", IsoDate.Format(c.Today()));
            return "登记重新提交的材料为新版本，备案申请回到“已提交”待审查。";
        },
        ["filing.refuse"] = (c, _) =>
        {
            c.Set("refusal_reasons", FilingReviewData.Reasons(c.Plain("refusal_reasons")));
            c.Set("refused_on", IsoDate.Format(c.Today()));
            return "备案申请状态改为“不予备案”，理由记入档案。";
        },
        ["filing.abandon"] = (c, _) =>
        {
            c.Set("abandoned_on", IsoDate.Format(c.Today()));
            return "备案申请状态改为“终止办理”。";
        },
        ["filing.complete"] = Complete,
    };

    /// <summary>A date variable as people read it (2025年3月31日（星期一）).</summary>
    internal static string Words(object? isoDate) =>
        IsoDate.TryParse(isoDate?.ToString(), out var d) ? ChineseDates.DateWithWeekday(d) : isoDate?.ToString() ?? "（未计算）";

    private static string Received(TaskHandlerContext c, RehearsalSettings settings)
    {
        var submittedOn = c.Text("submitted_on") ?? IsoDate.Format(c.Today());
        c.Set("submitted_on", submittedOn);
        c.Set("review_from", submittedOn);
        foreach (var (name, value) in new[] { ("centre_email", settings.Filing.CentreEmail), ("supervisor_email", settings.Filing.SupervisorEmail), ("province_email", settings.Filing.ProvinceEmail) })
            if (c.Text(name) is null) c.Set(name, value);
        return "登记收件：备案申请记入档案，审查期限自提交之日起算。";
    }

    private static string Correction(TaskHandlerContext c, RehearsalSettings _)
    {
        var round = (c.Plain("correction_round") is { } r && int.TryParse(r.ToString(), out var n) ? n : 0) + 1;
        var (items, _) = FilingReviewData.CorrectionItems(c.Plain(FilingReviewData.CorrectionItemsField));
        c.Set("correction_round", round);
        c.Set("correction_requested_on", IsoDate.Format(c.Today()));
        c.Set("correction_deadline", c.Evaluate(c.Property("resubmissionDeadline"))?.ToString());
        if (items.Count > 0) c.Set(FilingReviewData.CorrectionItemsField, items.Select(i => i.Display).ToList());
        return $"登记第{round}次补正（{items.Count}项），备案申请状态改为“待补正”，补正期限至{Words(c.Variables["correction_deadline"])}。";
    }

    private static string Complete(TaskHandlerContext c, RehearsalSettings _)
    {
        c.Set("filed_on", IsoDate.Format(c.Today()));
        c.Set("institution_code", RehearsalSamples.SampleInstitutionCode);
        c.Set("filed_by_city", c.Text("authority") is { } a && a != Institution.ProvinceAuthority);
        if (c.Text("filing_cc") is null) c.Set("filing_cc", "");
        return "将分配机构代码、设定有效期并在备案名录公布，启动备案存续流程（filing-lifecycle）；排练中均不执行。";
    }
}
