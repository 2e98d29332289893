namespace EvalWorkflows.Server.Notices.Pages;

/// <summary>A notice's delivery state as a tag people read (text, never colour alone).</summary>
public static class NoticeStates
{
    public static readonly IReadOnlyList<(NoticeStatus Status, string Text, string Tag)> All =
    [
        (NoticeStatus.Queued, "待发送", "ew-tag-muted"), (NoticeStatus.Sending, "发送中", "ew-tag-info"),
        (NoticeStatus.Sent, "已发送", "ew-tag-ok"), (NoticeStatus.Retrying, "等待重试", "ew-tag-warn"),
        (NoticeStatus.Failed, "发送失败", "ew-tag-bad"),
    ];

    public static (string Text, string Tag) Of(NoticeStatus status)
    {
        var s = All.First(x => x.Status == status);
        return (s.Text, s.Tag);
    }
}
