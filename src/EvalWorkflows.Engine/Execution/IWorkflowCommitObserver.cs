namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Told after a workflow step has committed — the moment the outbox rows that step queued may be delivered.
/// Observers must not throw for delivery problems: the committed step stands regardless.
/// </summary>
public interface IWorkflowCommitObserver
{
    Task OnCommittedAsync(CancellationToken cancellationToken);
}
