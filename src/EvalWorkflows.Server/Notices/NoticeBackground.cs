using EvalWorkflows.Engine.Execution;
using System.Threading.Channels;
using EvalWorkflows.Server.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// At start-up: parses the shipped templates (a broken one stops the app) and registers the minute sweep that
/// delivers whatever is due — first attempts missed by the prompt run, retries after back-off, notices queued
/// before a restart.
/// </summary>
internal sealed class NoticeStartup(NoticeTemplateFiles files, IRecurringJobManager recurringJobs) : IHostedService
{
    public const string SweepJobId = "notices-deliver-due";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = files.Texts;
        recurringJobs.AddOrUpdate<NoticeDelivery>(SweepJobId, d => d.DeliverDueAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Delivers promptly: a committed step that queued a notice asks for a delivery run at once.</summary>
internal sealed class NoticeCommitObserver(NoticeOutbox outbox, PromptDelivery prompt) : IWorkflowCommitObserver
{
    public Task OnCommittedAsync(CancellationToken cancellationToken)
    {
        if (outbox.TakeQueuedSinceLastCommit()) prompt.Request();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Delivery runs in this process right after commits that queued notices, where this process runs background
/// work (<c>Jobs:Server</c>). Requests made while a run is going ask for one more run after it, so a burst of
/// steps (the yearly fan-out: thousands of notices in a minute) makes a few runs, each taking everything due,
/// instead of one queued job per notice. Nothing rests on it: the outbox rows are the truth, and the minute
/// sweep (<see cref="NoticeStartup"/>) delivers whatever a run missed or a crash left behind.
/// </summary>
public sealed class PromptDelivery(IServiceScopeFactory scopes, IOptions<JobsOptions> jobs, ILogger<PromptDelivery> log) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a run; one already asked for and not started covers this request too.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.Value.Server) return;
        while (await _requests.Reader.WaitToReadAsync(stoppingToken))
        {
            _requests.Reader.TryRead(out _);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // As the minute sweep runs it: an outcome the SMTP server gave is recorded, not cut off by shutdown.
                await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().DeliverDueAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "A prompt notice delivery run failed; the minute sweep delivers what it would have.");
            }
        }
    }
}
