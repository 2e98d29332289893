using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace EvalWorkflows.Server.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide, so with several hosts in one process (the server tests) it points
/// at whichever host configured Hangfire last, and that host's logger factory is disposed when it stops.
/// Asking a stopped host for a logger gives silence instead of failing the hosts still running.
/// </summary>
internal sealed class HangfireHostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try { return _inner.GetLogger(name); }
        catch (ObjectDisposedException) { return Silent.Instance; }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
