namespace EvalWorkflows.Engine.Scheduling;

/// <summary>
/// The Hangfire entry points: one job per scheduled row, and a recurring sweep that fires any due row whose
/// scheduled job was lost (in-memory job storage restarted, a node died).
/// </summary>
public sealed class JobSweeper(WorkflowEngine engine)
{
    public Task FireAsync(Guid jobId) => engine.ExecuteJobAsync(jobId);

    public Task SweepAsync() => engine.RunDueJobsAsync();
}
