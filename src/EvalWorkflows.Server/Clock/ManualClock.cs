namespace EvalWorkflows.Server.Clock;

/// <summary>
/// A clock for rehearsals and acceptance: time stands still until an admin moves it forward, never back,
/// so deadlines months away can be played through in seconds.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void MoveTo(DateTimeOffset instant)
    {
        if (instant < GetUtcNow())
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "A manual clock only moves forward.");
        Interlocked.Exchange(ref _utcTicks, instant.UtcTicks);
    }
}
