using System.Diagnostics;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>What one delivery run did.</summary>
public sealed record DeliveryRun(int Sent, int Retrying, int Failed);

/// <summary>
/// Delivers due notices. A worker claims a batch of them in one statement (<see cref="NoticeClaims"/>: on
/// PostgreSQL rows another node is claiming are skipped), so two workers — the minute sweep, the prompt run after a
/// commit, another node — never both send one; each outcome is recorded as soon as the server has answered, with
/// the claim's revision as its check. A worker that dies mid-batch leaves claims whose lease runs out, and those
/// notices are tried again with the same Message-Id. Leases are measured in real time, never on the rehearsal
/// clock; a notice is only sent while its lease has two SMTP timeouts left (the rest of a batch slowed down by a
/// failing server has its lease renewed first). When the database refuses an outcome (read-only file, full disk),
/// the write is retried until shortly before the lease would end, and the acceptance is remembered for the life
/// of the process, so a notice the server has is not sent again while the process is up.
/// </summary>
public sealed class NoticeDelivery(
    AppDbContext db,
    IOptions<MailOptions> mail,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    AcceptedNotices accepted,
    ILogger<NoticeDelivery> log)
{
    private static readonly TimeSpan FirstMarkRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LastMarkRetry = TimeSpan.FromSeconds(5);
    private static TimeProvider RealTime => TimeProvider.System;

    public async Task<DeliveryRun> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var transport = INoticeTransport.Create(mail.Value);
        // One connection for the whole run: each outcome is then one statement, not also a pooled connection's reset.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await DeliverBatchesAsync(transport, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<DeliveryRun> DeliverBatchesAsync(INoticeTransport transport, CancellationToken cancellationToken)
    {
        var run = new DeliveryRun(0, 0, 0);
        while (true)
        {
            db.ChangeTracker.Clear();
            var lease = Stopwatch.StartNew();
            var realNow = RealTime.GetUtcNow();
            var claimed = await NoticeClaims.ClaimDueAsync(db, time.GetUtcNow(), realNow, realNow + options.Value.SendLease,
                options.Value.BatchSize, cancellationToken);
            for (var i = 0; i < claimed.Count; i++)
            {
                if (!LeaseLeavesTimeToSend(lease) && !await RenewLeasesAsync(claimed, i, lease)) return run;
                run = Count(run, await DeliverAsync(claimed[i], transport, lease, cancellationToken));
            }
            // A full batch may have left more behind; everything just claimed is no longer due.
            if (claimed.Count < options.Value.BatchSize) return run;
        }
    }

    private static DeliveryRun Count(DeliveryRun run, NoticeStatus? status) => status switch
    {
        NoticeStatus.Sent => run with { Sent = run.Sent + 1 },
        NoticeStatus.Retrying => run with { Retrying = run.Retrying + 1 },
        NoticeStatus.Failed => run with { Failed = run.Failed + 1 },
        _ => run,
    };

    /// <returns>The notice's new status, or null when it was no longer ours to send.</returns>
    private async Task<NoticeStatus?> DeliverAsync(Notice notice, INoticeTransport transport, Stopwatch lease, CancellationToken cancellationToken)
    {
        if (accepted.TryGet(notice.Id, out var acceptedAt)) notice.MarkSent(acceptedAt);
        else await SendAsync(notice, transport, cancellationToken);
        return await RecordOutcomeAsync(notice, lease) ? notice.Status : null;
    }

    /// <summary>A send may take up to one SMTP timeout, and recording its outcome may need about another.</summary>
    private bool LeaseLeavesTimeToSend(Stopwatch lease) =>
        lease.Elapsed + 2 * mail.Value.Smtp.Timeout <= options.Value.SendLease;

    /// <summary>
    /// Renews the lease of the notices of the batch not sent yet (one revision-checked write) and restarts the
    /// lease's stopwatch. Not cancellable, as an outcome is not.
    /// </summary>
    /// <returns>False when they were no longer all ours (a clock far off on another node): this worker stops.</returns>
    private async Task<bool> RenewLeasesAsync(List<Notice> claimed, int from, Stopwatch lease)
    {
        var leaseEndsAt = RealTime.GetUtcNow() + options.Value.SendLease;
        for (var i = from; i < claimed.Count; i++) claimed[i].RenewLease(leaseEndsAt);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            lease.Restart();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogWarning("The leases of {Count} notices were taken over before they could be renewed; this worker stops.", claimed.Count - from);
            return false;
        }
    }

    private async Task SendAsync(Notice notice, INoticeTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(NoticeMessage.Build(notice, mail.Value.Smtp.From), cancellationToken);
            accepted.Remember(notice.Id, time.GetUtcNow());
            notice.MarkSent(time.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = Describe(e);
            if (IsPermanent(e)) notice.MarkFailed(error);
            else notice.MarkWillRetry(error, time.GetUtcNow() + options.Value.RetryDelayAfter(notice.Attempts + 1));
            log.LogWarning("Notice {NoticeId} not delivered (attempt {Attempt}): {Error}", notice.Id, notice.Attempts, error);
        }
    }

    /// <summary>
    /// Commits what the server answered. Not cancellable: the answer must be kept. A database that cannot be
    /// written is tried again with back-off while the lease has more than one SMTP timeout left.
    /// </summary>
    /// <returns>False when another worker took the notice over (our lease had ended): this one stands down.</returns>
    private async Task<bool> RecordOutcomeAsync(Notice notice, Stopwatch lease)
    {
        var delay = FirstMarkRetry;
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                accepted.Forget(notice.Id);
                db.Entry(notice).State = EntityState.Detached;
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(notice).State = EntityState.Detached;
                log.LogInformation("Notice {NoticeId} was taken over by another worker after this one's lease ended; standing down.", notice.Id);
                return false;
            }
            catch (Exception e) when (DatabaseUnavailableException.IsCause(e)
                && lease.Elapsed + delay < options.Value.SendLease - mail.Value.Smtp.Timeout)
            {
                log.LogWarning("Notice {NoticeId}: its outcome ({Status}) cannot be recorded yet ({Error}); trying again in {Delay}.",
                    notice.Id, notice.Status, e.GetBaseException().Message, delay);
                // The run's connection may be broken: from here on each write opens one from the pool.
                await db.Database.CloseConnectionAsync();
                await Task.Delay(delay, RealTime);
                delay = delay * 2 < LastMarkRetry ? delay * 2 : LastMarkRetry;
            }
        }
    }

    /// <summary>A refusal that retrying cannot change: the server rejected a mailbox or the message (5xx).</summary>
    private static bool IsPermanent(Exception e) => e switch
    {
        SmtpCommandException c => (int)c.StatusCode >= 500,
        ParseException or FormatException => true,
        _ => false,
    };

    private static string Describe(Exception e)
    {
        var text = e is SmtpCommandException c ? $"SMTP {(int)c.StatusCode}: {c.Message}" : $"{e.GetType().Name}: {e.Message}";
        return text.Length <= 1000 ? text : text[..1000];
    }
}
