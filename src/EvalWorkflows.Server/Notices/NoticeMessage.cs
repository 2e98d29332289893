using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// The MIME message of a notice: multipart/alternative (text and HTML), UTF-8, stable Message-Id, from the
/// sender recorded with the notice (the configured sender for notices queued before senders were recorded).
/// </summary>
internal static class NoticeMessage
{
    public static MimeMessage Build(Notice notice, string from)
    {
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            MessageId = notice.MessageId.Trim('<', '>'),
            // The queue time, not the send time: a retried message is the same message.
            Date = notice.QueuedAt,
            Body = new BodyBuilder { TextBody = notice.TextBody, HtmlBody = notice.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(notice.From ?? from));
        if (notice.ReplyTo is { Length: > 0 } replyTo) message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        message.To.AddRange(InternetAddressList.Parse(notice.To));
        if (notice.Cc is { Length: > 0 } cc) message.Cc.AddRange(InternetAddressList.Parse(cc));
        message.Headers.Add("X-EvalWorkflows-Template", notice.Template);
        if (notice.Basis is { Length: > 0 } basis) message.Headers.Add("X-EvalWorkflows-Basis", basis);
        return message;
    }
}
