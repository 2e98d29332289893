using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary>
/// <c>filing.correction</c>: 000 §三.2 — records the round's items (all of them, in one notice) with what the
/// reviewer saw, sets the filing to CorrectionRequested and gives the notice its list and deadline (the BPMN's
/// <c>resubmissionDeadline</c> expression).
/// </summary>
public sealed class FilingCorrectionHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        var (items, error) = FilingReviewData.CorrectionItems(FilingStep.Plain(context, FilingReviewData.CorrectionItemsField));
        if (error is not null) throw new WorkflowException("CORRECTION_ITEMS_REQUIRED", error, FilingReviewData.CorrectionItemsField);
        var reviewer = await FilingStep.DeciderAsync(context, cancellationToken);
        var rounds = await context.Db.Set<FilingCorrectionRound>().CountAsync(r => r.FilingId == filing.Id, cancellationToken);
        context.Db.Add(new FilingCorrectionRound
        {
            Id = Guid.NewGuid(), FilingId = filing.Id, Round = rounds + 1, RequestedAt = context.Now,
            RequestedBy = reviewer,
            Items = items, Snapshot = FilingCorrectionRound.Fingerprints(filing),
        });
        FilingStep.Set(context, "correction_round", rounds + 1);
        FilingStep.Set(context, "correction_requested_on", FilingStep.Date(FilingStep.Today(context)));
        FilingStep.Set(context, "correction_deadline", context.Evaluate(FilingStep.Property(context, "resubmissionDeadline"))?.ToString());
        // The notice lists every item as one readable line (the template renders each item as text).
        FilingStep.Set(context, FilingReviewData.CorrectionItemsField, items.Select(i => i.Display).ToList());
        FilingStep.ChangeStatus(context, filing, FilingStatus.CorrectionRequested, "000 §三.2",
            $"第{rounds + 1}次补正告知，共{items.Count}项。", reviewer);
    }
}
