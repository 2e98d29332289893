namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// Waits for a condition a server process brings about in its own time (it shares no clock with the test): a bound
/// on correctness, not a speed assertion.
/// </summary>
public static class Poll
{
    public static Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 120) => UntilAsync(condition, () => what, seconds);

    /// <summary>The same, with <paramref name="what"/> read at the end, so it can tell what the condition saw last.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> what, int seconds = 120)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(seconds); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (await condition()) return;
        Assert.Fail($"Not within {seconds} seconds: {what()}.");
    }
}
