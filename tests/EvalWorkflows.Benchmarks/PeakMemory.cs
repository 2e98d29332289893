namespace EvalWorkflows.Benchmarks;

/// <summary>
/// The highest working set and managed heap seen while one group of rows runs, sampled every 50 ms (the process's
/// own peak working set counts from its start, so it cannot tell the groups apart).
/// </summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _workingSet, _heap;

    private PeakMemory() => _sampling = SampleAsync();

    public static PeakMemory Watch() => new();

    public double WorkingSetMiB => Interlocked.Read(ref _workingSet) / 1024.0 / 1024.0;
    public double HeapMiB => Interlocked.Read(ref _heap) / 1024.0 / 1024.0;

    public override string ToString() => $"{WorkingSetMiB:N0} MiB working set, {HeapMiB:N0} MiB GC heap";

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            Sample();
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try { return await timer.WaitForNextTickAsync(_stop.Token); }
        catch (OperationCanceledException) { return false; }
    }

    private void Sample()
    {
        Max(ref _workingSet, Environment.WorkingSet);
        Max(ref _heap, GC.GetGCMemoryInfo().HeapSizeBytes);
        Max(ref _heap, GC.GetTotalMemory(false));
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen) { }
    }

    public async ValueTask DisposeAsync()
    {
        Sample();
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
