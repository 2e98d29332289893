using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary><c>filing.accept</c>: 001 art. 9 — accepted after the formal review; the filing is due within 5 working days.</summary>
public sealed class FilingAcceptHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        var acceptedOn = FilingStep.Today(context);
        FilingStep.Set(context, "accepted_on", FilingStep.Date(acceptedOn));
        // The deadline is the BPMN's completionDueOn expression (001 art. 9: add_working_days(accepted_on, 5)).
        var due = context.Evaluate(FilingStep.Property(context, "completionDueOn"))?.ToString();
        FilingStep.Set(context, "completion_due_on", due);
        filing.AcceptedOn = acceptedOn;
        filing.CompletionDueOn = FilingStep.DateVariable(context, "completion_due_on");
        FilingStep.ChangeStatus(context, filing, FilingStatus.Accepted, "001 art. 9；000 §三.2", $"应于 {due} 前完成备案。",
            await FilingStep.DeciderAsync(context, cancellationToken));
    }
}

/// <summary><c>filing.refuse</c>: the applicant is not eligible; the reasons go on the record and in the notice.</summary>
public sealed class FilingRefuseHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        var reasons = FilingReviewData.Reasons(FilingStep.Plain(context, "refusal_reasons"));
        if (reasons.Count == 0)
            throw new WorkflowException("REFUSAL_REASONS_REQUIRED", "不予备案须说明理由（refusal_reasons）。", "refusal_reasons");
        FilingStep.Set(context, "refusal_reasons", reasons);
        FilingStep.Set(context, "refused_on", FilingStep.Date(FilingStep.Today(context)));
        FilingStep.ChangeStatus(context, filing, FilingStatus.Refused, "001 art. 9", string.Join("；", reasons),
            await FilingStep.DeciderAsync(context, cancellationToken));
    }
}

/// <summary><c>filing.abandon</c>: no resubmission within the period the BPMN sets; the application is closed.</summary>
public sealed class FilingAbandonHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        FilingStep.Set(context, "abandoned_on", FilingStep.Date(FilingStep.Today(context)));
        FilingStep.ChangeStatus(context, filing, FilingStatus.Abandoned, "000 §三.2",
            $"未在 {context.Variables["correction_deadline"]} 前补正，备案申请终止办理。");
    }
}
