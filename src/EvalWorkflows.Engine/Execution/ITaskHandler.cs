using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Runs a service or send task. The handler's writes go through <see cref="TaskHandlerContext.Db"/> and commit
/// in the same transaction as the workflow step; a handler that throws is retried, then raises an incident.
/// Register one with <c>services.AddTaskHandler&lt;T&gt;("type")</c>; the BPMN names it in <c>ew:type</c>.
/// </summary>
public interface ITaskHandler
{
    Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken);
}

public sealed class TaskHandlerContext
{
    public required Guid InstanceId { get; init; }
    public required string DefinitionKey { get; init; }
    public required string? BusinessKey { get; init; }
    public required string ElementId { get; init; }
    public required string? ElementName { get; init; }
    /// <summary>Attributes of our extension namespace on the element (e.g. template, to, basis).</summary>
    public required IReadOnlyDictionary<string, string> Properties { get; init; }
    /// <summary>The instance variables; changes are saved with the step.</summary>
    public required IDictionary<string, object?> Variables { get; init; }
    public required DbContext Db { get; init; }
    public required DateTimeOffset Now { get; init; }
    /// <summary>Evaluates a Scriban expression over the instance variables (the same language as conditions).</summary>
    public required Func<string, object?> Evaluate { get; init; }
    /// <summary>Renders a Scriban template text over the instance variables.</summary>
    public required Func<string, string> Render { get; init; }
    /// <summary>
    /// Starts the latest version of another process in this same transaction (e.g. a filing's life once it is
    /// filed), returning the new instance id.
    /// </summary>
    public required Func<string, string?, IDictionary<string, object?>?, Task<Guid>> StartProcessAsync { get; init; }
    internal List<(string Event, object? Data)> Journal { get; } = [];

    /// <summary>Adds a row to the instance history (e.g. a notice queued), committed with the step.</summary>
    public void AddHistory(string @event, object? data) => Journal.Add((@event, data));
}

/// <summary>
/// A business outcome the diagram handles, not a failure: throw it from a handler to raise the BPMN error
/// <see cref="ErrorCode"/> at the task, caught by an error boundary event on it (or an enclosing sub-process,
/// event sub-process or call activity). The step commits with the handler's writes, and the token follows the
/// catching event. Any other exception is a technical failure: retried, then an incident.
/// </summary>
public sealed class BpmnErrorException(string errorCode, string? message = null)
    : Exception(message ?? $"BPMN error {errorCode}")
{
    public string ErrorCode { get; } = errorCode;
}
