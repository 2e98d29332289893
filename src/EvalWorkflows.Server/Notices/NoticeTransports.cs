using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>Hands a message to whatever delivers mail: an SMTP server, or the pickup folder.</summary>
internal interface INoticeTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    static INoticeTransport Create(MailOptions options) => options.UsesSmtp
        ? new SmtpTransport(options.Smtp)
        : new PickupTransport(Path.GetFullPath(options.PickupDirectory));
}

/// <summary>One SMTP connection per delivery run, opened on the first message and reopened after a failure.</summary>
internal sealed class SmtpTransport(MailOptions.SmtpOptions options) : INoticeTransport
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var client = _client ??= new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
            if (!client.IsConnected)
            {
                await client.ConnectAsync(options.Host!, options.Port, SocketOptions(), cancellationToken);
                if (!string.IsNullOrEmpty(options.User))
                    await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private SecureSocketOptions SocketOptions() => options.UseTls
        ? options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
        : SecureSocketOptions.None;

    public async ValueTask DisposeAsync()
    {
        if (_client is not { } client) return;
        _client = null;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception)
        {
            // The connection is being dropped anyway; what matters is the outcome already recorded.
        }
        client.Dispose();
    }
}

/// <summary>
/// Writes each message as an <c>.eml</c> file named after its Message-Id, so writing it again replaces it
/// instead of duplicating it; the file appears whole (written aside, then moved) for whatever collects it.
/// </summary>
internal sealed class PickupTransport(string directory) : INoticeTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, message.MessageId + ".eml");
        var partial = path + ".partial";
        // No SMTP server negotiates 8BITMIME here: whatever collects the file must be able to relay it as is.
        message.Prepare(EncodingConstraint.SevenBit);
        await using (var file = File.Create(partial))
            await message.WriteToAsync(file, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
