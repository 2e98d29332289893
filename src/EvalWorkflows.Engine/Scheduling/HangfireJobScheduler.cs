using Hangfire;

namespace EvalWorkflows.Engine.Scheduling;

/// <summary>Schedules a Hangfire job for each timer row; the row stays the source of truth.</summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IJobScheduler
{
    public void Schedule(Guid jobId, DateTimeOffset dueAt)
    {
        // Hangfire waits on the wall clock; under a manual clock the sweep and clock advances fire jobs instead.
        var delay = dueAt - clock.GetUtcNow();
        jobs.Schedule<JobSweeper>(s => s.FireAsync(jobId), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
    }
}
