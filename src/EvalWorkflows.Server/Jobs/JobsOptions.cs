namespace EvalWorkflows.Server.Jobs;

/// <summary>Background jobs (section "Jobs").</summary>
public sealed class JobsOptions
{
    /// <summary>Runs the Hangfire server in this process; tests turn it off and fire timers by moving the clock.</summary>
    public bool Server { get; set; } = true;
}
