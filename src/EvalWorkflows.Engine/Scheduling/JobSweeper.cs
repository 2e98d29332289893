namespace EvalWorkflows.Engine.Scheduling;

/// <summary>
/// The Hangfire entry points: one job per scheduled row, and a recurring sweep that fires any due row whose
/// scheduled job was lost (in-memory job storage restarted, a node died) and hands the schedulers the rows that
/// have come within <see cref="HangfireJobScheduler.Horizon"/>.
/// </summary>
public sealed class JobSweeper(WorkflowEngine engine)
{
    public Task FireAsync(Guid jobId) => engine.ExecuteJobAsync(jobId);

    public async Task SweepAsync()
    {
        await engine.RunDueJobsAsync();
        await engine.ScheduleDueWithinAsync(HangfireJobScheduler.Horizon);
    }
}
