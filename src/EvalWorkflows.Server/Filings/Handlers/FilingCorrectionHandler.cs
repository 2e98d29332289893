using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Workflows;
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
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var (items, error) = FilingReviewData.CorrectionItems(context.Plain(FilingReviewData.CorrectionItemsField));
        if (error is not null) throw new WorkflowException("CORRECTION_ITEMS_REQUIRED", error, FilingReviewData.CorrectionItemsField);
        var reviewer = await context.DeciderAsync(cancellationToken);
        var rounds = await context.Db.Set<FilingCorrectionRound>().CountAsync(r => r.FilingId == filing.Id, cancellationToken);
        context.Db.Add(new FilingCorrectionRound
        {
            Id = RowIds.Next(context.Now), FilingId = filing.Id, Round = rounds + 1, RequestedAt = context.Now,
            RequestedBy = reviewer,
            Items = items, Snapshot = FilingCorrectionRound.Fingerprints(filing),
        });
        context.Set("correction_round", rounds + 1);
        context.Set("correction_requested_on", IsoDate.Format(context.Today()));
        context.Set("correction_deadline", context.Evaluate(context.Property("resubmissionDeadline"))?.ToString());
        // The notice lists every item as one readable line (the template renders each item as text).
        context.Set(FilingReviewData.CorrectionItemsField, items.Select(i => i.Display).ToList());
        context.ChangeStatus(filing, FilingStatus.CorrectionRequested, $"第{rounds + 1}次补正告知，共{items.Count}项。", reviewer);
    }
}
