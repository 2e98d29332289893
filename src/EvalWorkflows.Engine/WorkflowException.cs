using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Engine;

/// <summary>
/// A command the engine refuses. <see cref="Code"/> is stable for API clients; the message is Chinese because
/// hosts show it to users as it is.
/// </summary>
public class WorkflowException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
}

public sealed class NotFoundException(string code, string message) : WorkflowException(code, message);

/// <summary>Two commands raced for the same step; the loser gets this and nothing of its work is kept.</summary>
public sealed class ConflictException(string code, string message) : WorkflowException(code, message);

public sealed class DefinitionInvalidException(IReadOnlyList<DefinitionProblem> problems)
    : WorkflowException("DEFINITION_INVALID", $"流程定义有 {problems.Count} 处问题，未部署。")
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}
