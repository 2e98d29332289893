using EvalWorkflows.Engine.Execution;
using Hangfire;

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

/// <summary>Delivers promptly: a committed step that queued a notice starts a delivery job at once.</summary>
internal sealed class NoticeCommitObserver(NoticeOutbox outbox, IBackgroundJobClient jobs, ILogger<NoticeCommitObserver> log)
    : IWorkflowCommitObserver
{
    public Task OnCommittedAsync(CancellationToken cancellationToken)
    {
        if (!outbox.TakeQueuedSinceLastCommit()) return Task.CompletedTask;
        try
        {
            jobs.Enqueue<NoticeDelivery>(d => d.DeliverDueAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            // The step stands; the minute sweep delivers what this job would have.
            log.LogWarning(e, "Could not start prompt notice delivery");
        }
        return Task.CompletedTask;
    }
}
