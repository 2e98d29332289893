using EvalWorkflows.Engine.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// Domain checks on a human task's outcome and data, run by the task-completion endpoint before the engine
/// completes the task, so a refusal leaves the task open and nothing written. Register one per form key.
/// </summary>
public interface ITaskCompletionValidator
{
    string FormKey { get; }

    /// <summary>Null when the completion may go ahead; otherwise the problem to answer with (422).</summary>
    Task<ProblemDetails?> ValidateAsync(UserTaskRecord task, string? outcome, IReadOnlyDictionary<string, object?> data, CancellationToken ct);
}
