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

public class NotFoundException(string code, string message) : WorkflowException(code, message);

/// <summary>
/// A message nobody waits for (code NO_SUBSCRIBER). Hosts that correlate on a user's behalf catch this type to
/// answer with their own domain refusal, and the caller's writes alongside the message are rolled back.
/// </summary>
public sealed class NoSubscriberException(string message) : NotFoundException(Code, message)
{
    public new const string Code = "NO_SUBSCRIBER";
}

/// <summary>Two commands raced for the same step; the loser gets this and nothing of its work is kept.</summary>
public class ConflictException(string code, string message) : WorkflowException(code, message);

/// <summary>
/// Another step committed on the same instance between this step's read and its write (code CONFLICT); nothing of
/// this step was written. Commands are read and run again a few times before a caller sees it.
/// </summary>
public sealed class ChangedMeanwhileException()
    : ConflictException("CONFLICT", "该流程步骤已被他人同时处理，本次操作未生效，请刷新后重试。");

/// <summary>
/// The task was completed or cancelled already (code TASK_NOT_OPEN). Who and when travel as values, so a host
/// writes the time in its users' zone and format; the message leaves the time out.
/// </summary>
public sealed class TaskNotOpenException(string? completedBy, DateTimeOffset? completedAt)
    : ConflictException("TASK_NOT_OPEN", completedAt is null ? "该任务已被取消（流程已转向其他分支）。" : $"该任务已由 {completedBy ?? "他人"} 办结。")
{
    public string? CompletedBy { get; } = completedBy;
    public DateTimeOffset? CompletedAt { get; } = completedAt;
}

public sealed class DefinitionInvalidException(IReadOnlyList<DefinitionProblem> problems)
    : WorkflowException("DEFINITION_INVALID", $"流程定义有 {problems.Count} 处问题，未部署。")
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}

/// <summary>
/// A definition asked for more than <see cref="EngineLimits"/> allows at run time (a loop with no wait state,
/// calls nested too deep). The command is rolled back; in a job it raises an incident on
/// <see cref="ElementId"/> at once, since retrying would only run into the same limit.
/// </summary>
public sealed class LimitExceededException(string code, string elementId, string message) : ElementFailedException(code, elementId, message);

/// <summary>
/// A step failed at <see cref="ElementId"/> in a way a retry cannot change (the same variables give the same
/// answer). The command is rolled back; in a job it raises an incident on that element at once.
/// </summary>
public class ElementFailedException(string code, string elementId, string message) : WorkflowException(code, message)
{
    public string ElementId { get; } = elementId;
}

/// <summary>
/// A BPMN error that no boundary event or event sub-process catches, here or in any calling process (code
/// ERROR_NOT_CAUGHT). The step is rolled back; in a job it raises an incident on <see cref="ElementId"/> at
/// once, since retrying would throw the same error again.
/// </summary>
public sealed class UncaughtErrorException(string elementId, string errorCode, string message)
    : ElementFailedException("ERROR_NOT_CAUGHT", elementId, message)
{
    public string ErrorCode { get; } = errorCode;
}
