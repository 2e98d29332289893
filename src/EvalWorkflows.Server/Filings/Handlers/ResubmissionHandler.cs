using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Workflows;

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
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var json = context.Variables.TryGetValue(Variable, out var v) ? v?.ToString() : null;
        var request = json is null ? null : JsonSerializer.Deserialize<ResubmitFilingRequest>(json, Json);
        if (request is null) throw new WorkflowException("RESUBMISSION_MISSING", "重新提交的消息没有携带补正材料。");
        FilingInputs.ApplyResubmission(filing, request);
        context.Variables.Remove(Variable);
        context.Set("submission_version", filing.SubmissionVersion);
        context.Set("resubmitted_on", IsoDate.Format(context.Today()));
        context.Set("review_from", IsoDate.Format(context.Today()));
        context.ChangeStatus(filing, FilingStatus.Submitted, $"第{filing.SubmissionVersion}版材料已重新提交。");
    }
}
