using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary>
/// <c>filing.resubmitted</c>: 000 §三.2 — applies the corrected materials the message carried as a new submission
/// version and puts the filing back under review, in the step that continues the workflow.
/// </summary>
public sealed class ResubmissionHandler : ITaskHandler
{
    public const string Variable = "resubmission";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(ResubmitFilingRequest request) => JsonSerializer.Serialize(request, Json);

    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        var json = context.Variables.TryGetValue(Variable, out var v) ? v?.ToString() : null;
        var request = json is null ? null : JsonSerializer.Deserialize<ResubmitFilingRequest>(json, Json);
        if (request is null) throw new WorkflowException("RESUBMISSION_MISSING", "重新提交的消息没有携带补正材料。");
        FilingInputs.ApplyResubmission(filing, request);
        context.Variables.Remove(Variable);
        FilingStep.Set(context, "submission_version", filing.SubmissionVersion);
        FilingStep.Set(context, "resubmitted_on", FilingStep.Date(FilingStep.Today(context)));
        FilingStep.Set(context, "review_from", FilingStep.Date(FilingStep.Today(context)));
        FilingStep.ChangeStatus(context, filing, FilingStatus.Submitted, "000 §三.2", $"第{filing.SubmissionVersion}版材料已重新提交。");
    }
}
