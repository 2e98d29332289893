using Hangfire;

namespace EvalWorkflows.Engine.Scheduling;

/// <summary>
/// Schedules a Hangfire job for each timer row falling due within <see cref="Horizon"/>; the row stays the source
/// of truth. A timer due later is handed over by the minute sweep once it comes within the horizon
/// (<see cref="JobSweeper.SweepAsync"/>), so the far-off deadlines a yearly fan-out arms cost no Hangfire rows
/// until their time nears (on PostgreSQL each scheduled job is a transaction on the shared Hangfire tables).
/// </summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IJobScheduler
{
    /// <summary>Twice the sweep's minute: every timer is handed over by a sweep before it falls due.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(2);

    public void Schedule(Guid jobId, DateTimeOffset dueAt)
    {
        // Hangfire waits on the wall clock; under a manual clock the sweep and clock advances fire jobs instead.
        var delay = dueAt - clock.GetUtcNow();
        if (delay > Horizon) return;
        jobs.Schedule<JobSweeper>(s => s.FireAsync(jobId), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
    }
}
