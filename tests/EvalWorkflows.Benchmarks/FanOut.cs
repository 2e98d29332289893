namespace EvalWorkflows.Benchmarks;

internal static class FanOut
{
    /// <summary>The server's clock at start: a working day before the yearly notice of 20 February 2026.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 2, 2, 9, 0, 0, TimeSpan.FromHours(8));
}
