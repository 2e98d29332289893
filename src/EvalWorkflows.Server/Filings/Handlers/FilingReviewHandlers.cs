using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary><c>filing.accept</c>: 001 art. 9 — accepted after the formal review; the filing is due within 5 working days.</summary>
public sealed class FilingAcceptHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var acceptedOn = context.Today();
        context.Set("accepted_on", IsoDate.Format(acceptedOn));
        // The deadline is the BPMN's completionDueOn expression (001 art. 9: add_working_days(accepted_on, 5)).
        var due = context.Evaluate(context.Property("completionDueOn"))?.ToString();
        context.Set("completion_due_on", due);
        filing.AcceptedOn = acceptedOn;
        filing.CompletionDueOn = context.Date("completion_due_on");
        context.ChangeStatus(filing, FilingStatus.Accepted, $"应于 {due} 前完成备案。",
            await context.DeciderAsync(cancellationToken));
    }
}

/// <summary><c>filing.refuse</c>: the applicant is not eligible; the reasons go on the record and in the notice.</summary>
public sealed class FilingRefuseHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var reasons = FilingReviewData.Reasons(context.Plain("refusal_reasons"));
        if (reasons.Count == 0)
            throw new WorkflowException("REFUSAL_REASONS_REQUIRED", "不予备案须说明理由（refusal_reasons）。", "refusal_reasons");
        context.Set("refusal_reasons", reasons);
        context.Set("refused_on", IsoDate.Format(context.Today()));
        context.ChangeStatus(filing, FilingStatus.Refused, string.Join("；", reasons),
            await context.DeciderAsync(cancellationToken));
    }
}

/// <summary><c>filing.abandon</c>: no resubmission within the period the BPMN sets; the application is closed.</summary>
public sealed class FilingAbandonHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        context.Set("abandoned_on", IsoDate.Format(context.Today()));
        context.ChangeStatus(filing, FilingStatus.Abandoned, $"未在 {context.Variables["correction_deadline"]} 前补正，备案申请终止办理。");
    }
}
