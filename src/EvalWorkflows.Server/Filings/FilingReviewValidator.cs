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
            return Problem("REFUSAL_REASONS_REQUIRED", "不予备案须说明理由（refusal_reasons）。", FilingReviewData.RefusalReasonsField, "001 art. 9");
        if (outcome != "correct") return null;
        var (items, error) = FilingReviewData.CorrectionItems(Plain(data, FilingReviewData.CorrectionItemsField));
        if (error is not null) return Problem("CORRECTION_ITEMS_REQUIRED", error, FilingReviewData.CorrectionItemsField, OneTimeCorrectionRule.Basis);
        if (!Guid.TryParse(task.BusinessKey, out var filingId)) return null;
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return null;
        var earlier = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == filingId).ToListAsync(ct);
        var violations = OneTimeCorrectionRule.Violations(filing, earlier, items);
        return violations.Count == 0 ? null
            : Problem(OneTimeCorrectionRule.Code, OneTimeCorrectionRule.Explain(violations), FilingReviewData.CorrectionItemsField, OneTimeCorrectionRule.Basis);
    }

    private static object? Plain(IReadOnlyDictionary<string, object?> data, string field) =>
        ScriptValues.ToPlain(data.GetValueOrDefault(field));

    private static ProblemDetails Problem(string code, string detail, string field, string basis)
    {
        var problem = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, code, detail, field);
        problem.Extensions["basis"] = basis;
        return problem;
    }
}
