using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// Checks the formal review (形式审查, form <c>filing-review</c>) before it completes: a correction lists its items
/// and keeps to the one-time rule; a refusal gives reasons. A refusal here leaves the task open.
/// </summary>
public sealed class FilingReviewValidator(AppDbContext db) : ITaskCompletionValidator
{
    public string FormKey => "filing-review";

    public async Task<ProblemDetails?> ValidateAsync(UserTaskRecord task, string? outcome, IReadOnlyDictionary<string, object?> data, CancellationToken ct)
    {
        if (outcome == "refuse" && FilingReviewData.Reasons(Plain(data, FilingReviewData.RefusalReasonsField)).Count == 0)
            return new Refusal("REFUSAL_REASONS_REQUIRED", "不予备案须说明理由（refusal_reasons）。", FilingReviewData.RefusalReasonsField, "001 art. 9").ToProblemDetails();
        if (outcome != "correct") return null;
        var (items, error) = FilingReviewData.CorrectionItems(Plain(data, FilingReviewData.CorrectionItemsField));
        if (error is not null) return new Refusal("CORRECTION_ITEMS_REQUIRED", error, FilingReviewData.CorrectionItemsField, OneTimeCorrectionRule.Basis).ToProblemDetails();
        if (!Guid.TryParse(task.BusinessKey, out var filingId)) return null;
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return null;
        var earlier = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == filingId).ToListAsync(ct);
        var violations = OneTimeCorrectionRule.Violations(filing, earlier, items);
        return violations.Count == 0 ? null
            : new Refusal(OneTimeCorrectionRule.Code, OneTimeCorrectionRule.Explain(violations), FilingReviewData.CorrectionItemsField,
                OneTimeCorrectionRule.Basis).ToProblemDetails();
    }

    private static object? Plain(IReadOnlyDictionary<string, object?> data, string field) =>
        ScriptValues.ToPlain(data.GetValueOrDefault(field));
}
