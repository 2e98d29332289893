using EvalWorkflows.Server.AnnualReports;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Plans;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Renewals;

/// <summary>The conditions of 004 §三, computed from the records, for the evaluator to weigh.</summary>
public static class RenewalChecks
{
    // 004 §三(一)2: at least 6 batches in the validity period (counted by assessment plans), else a written explanation.
    public const int MinimumBatches = 6;

    /// <summary>A batch counts once approved and not refused or annulled (PlanStatus doc).</summary>
    private static readonly PlanStatus[] Counted = [PlanStatus.Approved, PlanStatus.Examined, PlanStatus.Publicity, PlanStatus.Completed];

    public static async Task<List<RenewalCheck>> ComputeAsync(DbContext db, RenewalApplication application,
        DateOnly validFrom, DateOnly validUntil, CancellationToken ct)
    {
        var batches = await db.Set<AssessmentPlan>().CountAsync(p => p.FilingId == application.FilingId
            && Counted.Contains(p.Status) && p.ExamStart >= validFrom && p.ExamStart <= validUntil, ct);
        var kind = await db.Set<Institution>().Where(i => i.Id == application.InstitutionId).Select(i => i.Kind).FirstAsync(ct);
        var overdue = await db.Set<AnnualReport>().CountAsync(r => r.FilingId == application.FilingId
            && r.Status == AnnualReportStatus.Overdue, ct);
        return [Batches(application, batches, validFrom, validUntil), Incentives(application, kind),
            Rectification(application), AnnualReports(overdue)];
    }

    private static RenewalCheck Batches(RenewalApplication a, int batches, DateOnly from, DateOnly until)
    {
        var explained = !string.IsNullOrWhiteSpace(a.BatchExplanation);
        return new()
        {
            Code = "BATCHES", Title = "备案有效期内组织认定批次", Basis = "004 §三(一)2",
            Passed = batches >= MinimumBatches || explained,
            Detail = $"{ChineseDates.Date(from)}至{ChineseDates.Date(until)}共开展{batches}批次（要求不少于{MinimumBatches}批次）"
                + (batches >= MinimumBatches ? "。" : explained ? "，已提供书面说明。" : "，未提供书面说明。"),
        };
    }

    private static RenewalCheck Incentives(RenewalApplication a, InstitutionKind kind)
    {
        var employer = kind == InstitutionKind.Enterprise;
        var provided = !string.IsNullOrWhiteSpace(a.IncentiveEvidence);
        return new()
        {
            Code = "INCENTIVES", Title = "用人单位岗位、薪资、奖金等激励制度佐证材料", Basis = "004 §三(一)3; 004 §三(二)2",
            Passed = !employer || provided,
            Detail = !employer ? "非用人单位，不适用。" : provided ? "已提供佐证材料。" : "用人单位未提供佐证材料。",
        };
    }

    private static RenewalCheck Rectification(RenewalApplication a) => new()
    {
        Code = "RECTIFICATION", Title = "无未完成的质量督导整改", Basis = "004 §三(二)1",
        Passed = !a.UnfinishedRectification,
        Detail = a.UnfinishedRectification ? "机构申报有未按要求完成的整改。" : "机构申报无未完成的整改。",
    };

    // 003 §四(二): the yearly evaluation is an important reference for renewal; missing summaries weigh in.
    private static RenewalCheck AnnualReports(int overdue) => new()
    {
        Code = "ANNUAL_REPORTS", Title = "年度工作总结按时报送", Basis = "003 §四(二)",
        Passed = overdue == 0,
        Detail = overdue == 0 ? "年度工作总结均已报送。" : $"有{overdue}份年度工作总结逾期未报送。",
    };
}
