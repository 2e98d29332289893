namespace EvalWorkflows.Server.Clock;

/// <summary>
/// Told each time a manual clock has stopped at an instant and the jobs due by then have run — the moment
/// for other features to do their time-driven work (deliver due mail) before the advance returns.
/// </summary>
public interface IClockAdvancedListener
{
    Task OnClockAdvancedAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
