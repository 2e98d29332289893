using EvalWorkflows.Engine.Persistence;
namespace EvalWorkflows.Server.Notices;

public enum NoticeStatus { Queued, Sending, Sent, Retrying, Failed }

/// <summary>
/// 通知 / 告知 — an email to an institution or a clerk (a correction notice, a deadline reminder), kept as an
/// outbox row: queued in the transaction of the workflow step that caused it, delivered afterwards, and kept
/// for the auditors with what was sent, on which legal basis, and when. State changes only through the
/// methods below, each bumping <see cref="Revision"/> so two workers can never both send one notice.
/// </summary>
public sealed class Notice
{
    public Guid Id { get; private init; }
    public required string Template { get; init; }
    /// <summary>Recipients as a comma-separated address list.</summary>
    public required string To { get; init; }
    public string? Cc { get; init; }
    public required string Subject { get; init; }
    public required string HtmlBody { get; init; }
    public required string TextBody { get; init; }
    /// <summary>The rule the notice applies, e.g. <c>000 §三.2</c>.</summary>
    public string? Basis { get; init; }
    /// <summary>The sender of the authority's letterhead; notices queued before letterheads have none.</summary>
    public string? From { get; init; }
    public string? ReplyTo { get; init; }
    public Guid? InstanceId { get; init; }
    public string? BusinessKey { get; init; }
    public string? ElementId { get; init; }
    public Guid? InstitutionId { get; init; }
    /// <summary>Stable across retries, so a receiver can recognise a message it already has.</summary>
    public string MessageId { get; private init; } = "";
    public DateTimeOffset QueuedAt { get; private init; }
    public NoticeStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>When a worker may (re)try, on the workflow clock.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    /// <summary>While <see cref="NoticeStatus.Sending"/>: the end of the sending worker's lease, in real time.</summary>
    public DateTimeOffset? LeaseEndsAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public long Revision { get; private set; }

    /// <summary>A new notice with its id and Message-Id, due at once.</summary>
    public static Notice Create(NoticeDraft draft, DateTimeOffset now)
    {
        var id = RowIds.Next(now);
        return new Notice
        {
            Id = id,
            MessageId = $"<{id}@evalworkflows>",
            Template = draft.Template,
            To = string.Join(", ", draft.To),
            Cc = draft.Cc.Count == 0 ? null : string.Join(", ", draft.Cc),
            Subject = draft.Content.Subject,
            HtmlBody = draft.Content.Html,
            TextBody = draft.Content.Text,
            Basis = draft.Basis,
            From = draft.From,
            ReplyTo = draft.ReplyTo,
            InstanceId = draft.InstanceId,
            BusinessKey = draft.BusinessKey,
            ElementId = draft.ElementId,
            InstitutionId = draft.InstitutionId,
            QueuedAt = now,
            NextAttemptAt = now,
            Status = NoticeStatus.Queued,
        };
    }

    /// <summary>
    /// Moves the end of this worker's lease (real time) while it still holds the claim. Claims themselves are taken
    /// in bulk by <see cref="NoticeClaims"/>, which also holds the rule of what is due.
    /// </summary>
    public void RenewLease(DateTimeOffset leaseEndsAt)
    {
        if (Status != NoticeStatus.Sending) throw new InvalidOperationException($"Notice {Id} is {Status}, not being sent.");
        LeaseEndsAt = leaseEndsAt;
        Revision++;
    }

    public void MarkSent(DateTimeOffset now)
    {
        EndSending();
        Status = NoticeStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        Revision++;
    }

    /// <summary>A transient failure (server down, timeout): tried again at <paramref name="retryAt"/>.</summary>
    public void MarkWillRetry(string error, DateTimeOffset retryAt)
    {
        EndSending();
        Status = NoticeStatus.Retrying;
        Attempts++;
        LastError = error;
        NextAttemptAt = retryAt;
        Revision++;
    }

    /// <summary>The server refused the message for good (e.g. unknown mailbox): kept, visible, retried only on request.</summary>
    public void MarkFailed(string error)
    {
        EndSending();
        Status = NoticeStatus.Failed;
        Attempts++;
        LastError = error;
        Revision++;
    }

    public void Requeue(DateTimeOffset now)
    {
        if (Status != NoticeStatus.Failed) throw new InvalidOperationException($"Notice {Id} is {Status}, not failed.");
        Status = NoticeStatus.Retrying;
        NextAttemptAt = now;
        Revision++;
    }

    /// <summary>Only the worker holding the claim records an outcome; recording it ends the lease.</summary>
    private void EndSending()
    {
        if (Status != NoticeStatus.Sending) throw new InvalidOperationException($"Notice {Id} is {Status}, not being sent.");
        LeaseEndsAt = null;
    }
}

/// <summary>What a caller knows when it queues a notice; the rest is decided by <see cref="Notice.Create"/>.</summary>
public sealed record NoticeDraft
{
    public required string Template { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public required RenderedNotice Content { get; init; }
    public string? Basis { get; init; }
    public string? From { get; init; }
    public string? ReplyTo { get; init; }
    public Guid? InstanceId { get; init; }
    public string? BusinessKey { get; init; }
    public string? ElementId { get; init; }
    public Guid? InstitutionId { get; init; }
}
