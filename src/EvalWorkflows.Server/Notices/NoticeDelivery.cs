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
/// Delivers due notices. Each one is claimed first (a guarded state change, committed under optimistic
/// concurrency; on PostgreSQL a row another node is claiming is skipped), so two workers — the minute sweep, the prompt job after a commit, another node — never both
/// send it; its outcome is recorded as soon as the server has answered. A worker that dies between the two
/// leaves a claim whose lease runs out, and the notice is tried again with the same Message-Id. Leases are
/// measured in real time, never on the rehearsal clock. When the database refuses the outcome (read-only file,
/// full disk), the write is retried until shortly before the lease would end, and the acceptance is remembered
/// for the life of the process, so a notice the server has is not sent again while the process is up.
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
        var run = new DeliveryRun(0, 0, 0);
        await using var transport = INoticeTransport.Create(mail.Value);
        while (true)
        {
            var due = await db.Set<Notice>().AsNoTracking()
                .Where(Notice.DueAt(time.GetUtcNow(), RealTime.GetUtcNow()))
                .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
                .Select(n => n.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                var status = await DeliverAsync(id, transport, cancellationToken);
                run = status switch
                {
                    NoticeStatus.Sent => run with { Sent = run.Sent + 1 },
                    NoticeStatus.Retrying => run with { Retrying = run.Retrying + 1 },
                    NoticeStatus.Failed => run with { Failed = run.Failed + 1 },
                    _ => run,
                };
            }
            // A full batch may have left more behind; everything just tried is no longer due.
            if (due.Count < options.Value.BatchSize) return run;
        }
    }

    /// <returns>The notice's new status, or null when it was no longer ours to send.</returns>
    private async Task<NoticeStatus?> DeliverAsync(Guid id, INoticeTransport transport, CancellationToken cancellationToken)
    {
        var lease = Stopwatch.StartNew();
        if (await ClaimAsync(id, cancellationToken) is not { } notice) return null;
        if (accepted.TryGet(notice.Id, out var acceptedAt)) notice.MarkSent(acceptedAt);
        else await SendAsync(notice, transport, cancellationToken);
        return await RecordOutcomeAsync(notice, lease) ? notice.Status : null;
    }

    /// <summary>
    /// Takes the notice for this worker in a short transaction of its own. On PostgreSQL a notice another node is
    /// claiming at this moment is skipped, not waited on (<see cref="RowClaims"/>); the revision check still
    /// stands behind it.
    /// </summary>
    /// <returns>The claimed notice, or null when it is not due or another worker has it.</returns>
    private async Task<Notice?> ClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var notice = await db.FindUnclaimedAsync<Notice>(id, cancellationToken);
        var (now, realNow) = (time.GetUtcNow(), RealTime.GetUtcNow());
        if (notice is null || !notice.IsDue(now, realNow)) return null;
        notice.Claim(now, realNow, realNow + options.Value.SendLease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return notice;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another worker claimed it first
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
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                log.LogInformation("Notice {NoticeId} was taken over by another worker after this one's lease ended; standing down.", notice.Id);
                return false;
            }
            catch (Exception e) when (DatabaseUnavailableException.IsCause(e)
                && lease.Elapsed + delay < options.Value.SendLease - mail.Value.Smtp.Timeout)
            {
                log.LogWarning("Notice {NoticeId}: its outcome ({Status}) cannot be recorded yet ({Error}); trying again in {Delay}.",
                    notice.Id, notice.Status, e.GetBaseException().Message, delay);
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
