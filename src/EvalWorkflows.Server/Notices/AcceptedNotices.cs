using System.Collections.Concurrent;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Notices a mail server has accepted whose "sent" mark is not yet committed (the database refused the write).
/// While the process is up, whoever claims such a notice next records it as sent instead of sending it again.
/// </summary>
public sealed class AcceptedNotices
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _acceptedAt = new();

    public void Remember(Guid noticeId, DateTimeOffset acceptedAt) => _acceptedAt[noticeId] = acceptedAt;

    public bool TryGet(Guid noticeId, out DateTimeOffset acceptedAt) => _acceptedAt.TryGetValue(noticeId, out acceptedAt);

    public void Forget(Guid noticeId) => _acceptedAt.TryRemove(noticeId, out _);
}
