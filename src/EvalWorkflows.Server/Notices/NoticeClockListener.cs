using EvalWorkflows.Server.Clock;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Under a manual clock, each stop of an advance delivers what fell due, so a rehearsal's mail goes out at
/// the instant the workflow queued it and the advance returns only after it has.
/// </summary>
internal sealed class NoticeClockListener(NoticeDelivery delivery) : IClockAdvancedListener
{
    public Task OnClockAdvancedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        delivery.DeliverDueAsync(cancellationToken);
}
