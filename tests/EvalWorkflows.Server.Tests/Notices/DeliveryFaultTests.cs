using EvalWorkflows.Server.Tests.Support;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Tests.Data;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// Faults between the SMTP server's acceptance and the notice's "sent" mark, staged by the real server itself
/// (a command it runs after storing a message and before answering 250): the notice still arrives once.
/// </summary>
public sealed class DeliveryFaultTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ew-delivery-fault-{Guid.NewGuid():N}.db");
    private readonly string _flags = Directory.CreateTempSubdirectory("ew-flags-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        FileFault.MakeWritable(_database);
        NoticeApp.DeleteDatabase(_database);
        Directory.Delete(_flags, recursive: true);
        return Task.CompletedTask;
    }

    [SqliteFact]
    public async Task A_notice_whose_sent_mark_fails_after_the_server_accepted_it_is_marked_once_the_file_is_writable_and_never_sent_again()
    {
        var accepted = Path.Combine(_flags, "accepted");
        await using var smtp = await SmtpServer.StartNewAsync(afterStoring: $"{FileFault.ReadOnlyCommand(_database)}; touch '{accepted}'");
        await using var app = new NoticeApp(smtp.Port, _database);
        var notice = await app.RunSendTaskAsync(SendTask.FilingCorrection("mark-fails@example.cn"));

        var delivering = app.DeliverDueAsync();
        await WaitForAsync(accepted);
        await Task.Delay(TimeSpan.FromSeconds(1)); // a few refused marks
        Assert.False(delivering.IsCompleted, "The sent mark cannot have been written to a read-only file.");
        FileFault.MakeWritable(_database);
        var run = await delivering;

        Assert.Equal(1, run.Sent);
        var sent = await app.FindAsync(notice.Id);
        Assert.Equal((NoticeStatus.Sent, 1), (sent.Status, sent.Attempts));
        app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DeliveryRun(0, 0, 0), await app.DeliverDueAsync());
        Assert.Single(smtp.MessagesTo("mark-fails@example.cn"));
    }

    [Fact]
    public async Task Advancing_the_rehearsal_clock_while_a_notice_is_being_sent_does_not_send_it_a_second_time()
    {
        var (accepted, release) = (Path.Combine(_flags, "accepted"), Path.Combine(_flags, "release"));
        await using var smtp = await SmtpServer.StartNewAsync(
            afterStoring: $"touch '{accepted}'; while [ ! -e '{release}' ]; do sleep 0.05; done");
        await using var app = new NoticeApp(smtp.Port, _database);
        var notice = await app.RunSendTaskAsync(SendTask.FilingCorrection("slow-send@example.cn"));

        var first = app.DeliverDueAsync();
        await WaitForAsync(accepted);
        app.Time.Advance(TimeSpan.FromHours(1));
        var second = app.DeliverDueAsync();
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10)));
        await File.WriteAllTextAsync(release, "");

        Assert.Equal(new DeliveryRun(0, 0, 0), await second);
        Assert.Equal(1, (await first).Sent);
        Assert.Single(smtp.MessagesTo("slow-send@example.cn"));
        Assert.Equal(NoticeStatus.Sent, (await app.FindAsync(notice.Id)).Status);
    }

    private static async Task WaitForAsync(string flag)
    {
        for (var i = 0; i < 400 && !File.Exists(flag); i++) await Task.Delay(50);
        Assert.True(File.Exists(flag), "The SMTP server never accepted the message.");
    }
}
