using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// A real SMTP server none of us wrote: Debian's python3-aiosmtpd, storing what it accepts in a Maildir.
/// Installed by tests/install-test-deps.sh. Stop and Start simulate an outage on the same port. With a shell
/// command given, the server runs it after storing each message and before answering 250 — the moment a
/// fault between the server's acceptance and the sender's record of it can be staged.
/// </summary>
public sealed class SmtpServer(string? afterStoring = null) : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private const string HookedHandler = """
        import asyncio
        from aiosmtpd.handlers import Mailbox

        class HookedMailbox(Mailbox):
            def __init__(self, mail_dir, command):
                super().__init__(mail_dir)
                self.command = command

            async def handle_DATA(self, server, session, envelope):
                answer = await super().handle_DATA(server, session, envelope)
                process = await asyncio.create_subprocess_shell(self.command)
                await process.wait()
                return answer

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0], args[1])
        """;
    private Process? _process;

    public int Port { get; } = FreePort();
    public string MailDir { get; } = CreateMaildir();

    public static async Task<SmtpServer> StartNewAsync(string? afterStoring = null)
    {
        var server = new SmtpServer(afterStoring);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_process is not null) return;
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (afterStoring is null)
        {
            start.ArgumentList.Add("aiosmtpd.handlers.Mailbox");
            start.ArgumentList.Add(MailDir);
        }
        else
        {
            File.WriteAllText(Path.Combine(MailDir, "hooked_mailbox.py"), HookedHandler);
            start.Environment["PYTHONPATH"] = MailDir;
            foreach (var argument in new[] { "hooked_mailbox.HookedMailbox", MailDir, afterStoring }) start.ArgumentList.Add(argument);
        }
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{Python} not found: run tests/install-test-deps.sh", e);
        }
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await AcceptsConnectionsAsync())
        {
            if (_process.HasExited)
                throw new InvalidOperationException(
                    $"aiosmtpd exited ({await _process.StandardError.ReadToEndAsync()}); run tests/install-test-deps.sh");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"aiosmtpd is not listening on port {Port}.");
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Every message in the mailbox, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(MailDir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order().Select(f => MimeMessage.Load(f))] : [];
    }

    /// <summary>How many messages the mailbox holds, without reading them.</summary>
    public int MessageCount()
    {
        var folder = Path.Combine(MailDir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    /// <summary>The messages whose envelope went to <paramref name="recipient"/>, once at least one has arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesToAsync(string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = MessagesTo(recipient);
            if (found.Count > 0 || DateTime.UtcNow > deadline) return found;
            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string recipient) =>
        [.. Messages().Where(m => m.Headers["X-RcptTo"]?.Contains(recipient, StringComparison.OrdinalIgnoreCase) == true)];

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(MailDir, recursive: true);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Python's Maildir creates its subfolders only when the folder itself does not exist yet.</summary>
    private static string CreateMaildir()
    {
        var folder = Directory.CreateTempSubdirectory("ew-maildir-").FullName;
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(folder, sub));
        return folder;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
