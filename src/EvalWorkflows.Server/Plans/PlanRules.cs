using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;

namespace EvalWorkflows.Server.Plans;

/// <summary>The rules a submitted plan must meet besides its deadline, each with its source.</summary>
public static class PlanRules
{
    /// <summary>
    /// 004 §五(二): after the filing's validity ends, data reporting stops — no new plans, no result uploads.
    /// A filing that is not (or no longer) filed cannot report either.
    /// </summary>
    public static Refusal? FilingMayReport(Filing filing, DateOnly today)
    {
        const string basis = "004 §五(二)";
        if (filing.DataReportingStopped || filing.Status == FilingStatus.Expired || filing.ValidUntil is { } until && today > until)
            return new("FILING_EXPIRED", $"备案{(filing.ValidUntil is { } end ? $"已于{ChineseDates.Date(end)}到期" : "已终止")}，数据上报功能已终止，不能报送考核计划或上传结果。",
                "filingId", basis);
        if (filing.Status is not (FilingStatus.Filed or FilingStatus.Renewing))
            return new("FILING_NOT_ACTIVE", "该备案尚未完成或已终止，不能报送考核计划或上传结果。", "filingId", basis);
        return null;
    }

    /// <summary>
    /// 004 §五(二): data reporting stops when the filing's validity ends, so an exam must end by then — results of a
    /// later exam could not be uploaded. While a renewal is being evaluated (Renewing) the exam may run past the
    /// current expiry: the renewal extends it, or FilingMayReport stops the batch at expiry.
    /// </summary>
    public static Refusal? ExamWithinValidity(Filing filing, DateOnly examEnd) =>
        filing.ValidUntil is { } until && examEnd > until && filing.Status != FilingStatus.Renewing
            ? new("EXAM_AFTER_EXPIRY",
                $"考核结束日期{ChineseDates.Date(examEnd)}晚于备案有效期截止日{ChineseDates.Date(until)}；有效期届满后数据上报功能终止，不能上传本批次结果。请在有效期内安排考核，或先申请续期。",
                "examEnd", "004 §五(二)")
            : null;

    /// <summary>001 art. 32(一): assessing outside the filed occupations (work types) and levels is grounds for cancellation.</summary>
    public static Refusal? InsideScope(Filing filing, IReadOnlyList<PlanOccupation> occupations)
    {
        for (var i = 0; i < occupations.Count; i++)
        {
            var o = occupations[i];
            var item = filing.Scope.FirstOrDefault(s => s.OccupationCode == o.OccupationCode);
            if (item is null || !item.Levels.Contains(o.Level))
                return new("PLAN_OUT_OF_SCOPE",
                    $"职业（工种）{o.OccupationCode} 的{o.Level}级不在备案的考核鉴定范围内，不得开展考核。",
                    $"occupations[{i}]", "001 art. 32(一)");
        }
        return null;
    }

    /// <summary>001 art. 16: each occupation is assessed by a panel of three or more assessors, an odd number.</summary>
    public static Refusal? OddPanelOfThree(IReadOnlyList<PlanOccupation> occupations, IReadOnlyList<PlanAssessor> assessors)
    {
        const string basis = "001 art. 16";
        foreach (var code in occupations.Select(o => o.OccupationCode).Distinct())
        {
            var panel = assessors.Count(a => a.OccupationCode == code);
            if (panel < 3)
                return new("PANEL_TOO_SMALL", $"职业（工种）{code} 的考评组只有{panel}名考评人员，须由三名以上单数考评人员组成。", "assessors", basis);
            if (panel % 2 == 0)
                return new("PANEL_EVEN", $"职业（工种）{code} 的考评组有{panel}名考评人员，须为单数。", "assessors", basis);
        }
        return null;
    }

    /// <summary>
    /// 001 art. 14(二): assessors of levels 2 and 1 (技师/高级技师) hold level 1 (一级/高级技师) or a senior professional
    /// title (qualification level 0).
    /// </summary>
    public static Refusal? AssessorsQualified(IReadOnlyList<PlanOccupation> occupations, IReadOnlyList<PlanAssessor> assessors)
    {
        for (var i = 0; i < assessors.Count; i++)
        {
            var a = assessors[i];
            var highest = occupations.Where(o => o.OccupationCode == a.OccupationCode).Select(o => o.Level).DefaultIfEmpty(5).Min();
            if (highest <= 2 && a.QualificationLevel > 1)
                return new("ASSESSOR_UNQUALIFIED",
                    $"考评人员{a.Name}不具有一级/高级技师或高级专业技术职务资格，不能考评{a.OccupationCode}的{highest}级。",
                    $"assessors[{i}]", "001 art. 14(二)");
        }
        return null;
    }
}
