using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// Completing a human task, for the API and the task page alike: the domain validators registered for the
/// task's form key run first (a refusal leaves the task open and nothing written), then the engine completes it.
/// </summary>
public sealed class TaskCompletion(WorkflowEngine engine, IEnumerable<ITaskCompletionValidator> validators)
{
    /// <summary>The first problem a validator of the task's form finds, or null when it may complete.</summary>
    public async Task<ProblemDetails?> ValidateAsync(UserTaskRecord task, string? outcome,
        IReadOnlyDictionary<string, object?> data, CancellationToken ct)
    {
        foreach (var validator in validators.Where(v => v.FormKey == task.FormKey))
            if (await validator.ValidateAsync(task, outcome, data, ct) is { } problem)
                return problem;
        return null;
    }

    /// <summary>Validates, then completes; the engine's own refusals (outcome, fields, not open) are thrown.</summary>
    public async Task<ProblemDetails?> CompleteAsync(UserTaskRecord task, string? outcome,
        Dictionary<string, object?>? data, string? actor, CancellationToken ct)
    {
        if (await ValidateAsync(task, outcome, data ?? [], ct) is { } problem) return problem;
        await engine.CompleteTaskAsync(task.Id, outcome, data, actor, ct);
        return null;
    }
}
