using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Supervision;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Plans;

/// <summary>
/// The same checks as the plan endpoints, for a clerk or supervisor who completes the task through the generic
/// task API: a refusal is a 422 and leaves the task open, instead of an incident later in the workflow.
/// </summary>
public sealed class SupervisorAssignmentValidator(UserManager<AppUser> users) : ITaskCompletionValidator
{
    public string FormKey => "plan-supervisor";

    public async Task<ProblemDetails?> ValidateAsync(UserTaskRecord task, string? outcome, IReadOnlyDictionary<string, object?> data, CancellationToken ct) =>
        await SupervisorAssignment.CheckAsync(users, Text(data, "supervisor")) is { } invalid
            ? new Refusal(invalid.Code, invalid.Message, invalid.Field, SupervisorAssignment.Basis).ToProblemDetails()
            : null;

    internal static string? Text(IReadOnlyDictionary<string, object?> data, string key) =>
        ScriptValues.ToPlain(data.GetValueOrDefault(key))?.ToString();
}

/// <summary>001 art. 18: the report assesses five matters and recommends on the batch's validity.</summary>
public sealed class SupervisionReportValidator : ITaskCompletionValidator
{
    public string FormKey => "supervision-report";

    public Task<ProblemDetails?> ValidateAsync(UserTaskRecord task, string? outcome, IReadOnlyDictionary<string, object?> data, CancellationToken ct)
    {
        string? T(string key) => SupervisorAssignmentValidator.Text(data, key);
        var report = new SupervisionReportRequest(T("exam_administration"), T("candidate_eligibility"), T("questions_and_assessors"),
            T("premises_and_equipment"), T("fees"), T("recommendation"), T("invalidity_grounds"));
        return Task.FromResult(report.Validate().FirstOrDefault() is { } error
            ? new Refusal("SUPERVISION_REPORT_INCOMPLETE", error.Detail, ToSnake(error.Field), "001 art. 18").ToProblemDetails()
            : null);
    }

    private static string ToSnake(string field) =>
        string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
