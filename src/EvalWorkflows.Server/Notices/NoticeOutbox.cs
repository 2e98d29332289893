using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Queues notices in the caller's transaction (the outbox): the row is only added to <c>db</c>, so it commits
/// with the workflow step or the record change that caused it, or not at all, and is delivered after.
/// </summary>
public sealed class NoticeOutbox(TimeProvider time)
{
    private int _queuedSinceLastCommit;

    public Notice Queue(DbContext db, NoticeDraft draft, DateTimeOffset? now = null)
    {
        var notice = Notice.Create(draft, now ?? time.GetUtcNow());
        db.Set<Notice>().Add(notice);
        Interlocked.Exchange(ref _queuedSinceLastCommit, 1);
        return notice;
    }

    /// <summary>
    /// True once after notices were queued in this process: whether a commit is worth a prompt delivery run.
    /// When two steps interleave, a run may start before the second commits; the minute sweep then picks its
    /// notice up, so the cost of this shortcut is a delay, never a loss.
    /// </summary>
    internal bool TakeQueuedSinceLastCommit() => Interlocked.Exchange(ref _queuedSinceLastCommit, 0) == 1;
}
