namespace EvalWorkflows.Engine;

/// <summary>Engine settings (section "Engine").</summary>
public sealed class EngineOptions
{
    /// <summary>Tries of a failing service task before it raises an incident.</summary>
    public int MaxAttempts { get; set; } = 3;
    /// <summary>Wait before the first retry; each later retry waits twice as long.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Upper bound on jobs run by one call of RunDueJobsAsync, so a runaway cycle cannot spin forever.</summary>
    public int MaxJobsPerSweep { get; set; } = 10_000;
    /// <summary>
    /// Due jobs one sweep fires side by side where claims skip each other's rows (PostgreSQL). SQLite has one
    /// writer, so there they always go one at a time.
    /// </summary>
    public int ParallelJobs { get; set; } = 4;
    /// <summary>
    /// The offset in which dates and times written without one (<c>2025-03-10</c>, a DateOnly from an expression)
    /// are read. The engine knows no place; the host sets its own (UTC unless it does).
    /// </summary>
    public TimeSpan LocalOffset { get; set; } = TimeSpan.Zero;
}
