using EvalWorkflows.Server.Api;
using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// The one rule an email address must pass to receive notices: MailKit parses it as a mailbox with a local part
/// and a domain, and no whitespace anywhere. Delivery applies it to every recipient; registration and contact
/// corrections apply it to an institution's address, so an address accepted there can always be mailed.
/// </summary>
public static class NoticeAddress
{
    /// <summary>RFC 5321 §4.5.3.1.3: a forward path holds at most 256 octets, so an address at most 254.</summary>
    public const int MaxLength = 254;

    public static bool IsDeliverable(InternetAddress address) => address is MailboxAddress m
        && m.LocalPart.Length > 0 && m.Domain.Length > 0 && !m.Address.Any(char.IsWhiteSpace);

    /// <summary>One bare address (no display name, no list), deliverable by <see cref="IsDeliverable"/>.</summary>
    public static bool IsSingleDeliverable(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim() is var text
        && InternetAddressList.TryParse(text, out var list) && list is [MailboxAddress mailbox]
        && IsDeliverable(mailbox) && mailbox.Address == text && mailbox.Name is null or "";

    public static RequestError? Check(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? new RequestError(field, $"请填写电子邮箱（{field}）：通知发往此地址。")
        : IsSingleDeliverable(value) ? null
        : new RequestError(field, $"电子邮箱（{field}）格式不正确，通知无法投递到“{value}”。");
}
