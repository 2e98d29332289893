using EvalWorkflows.Server.Api;
using System.Net.Http.Json;
using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>What was queued is in the database, so a new process on the same file delivers it.</summary>
public sealed class OutboxRestartTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ew-restart-{Guid.NewGuid():N}.db");
    private SmtpServer _smtp = null!;

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        NoticeApp.DeleteDatabase(_database);
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Notices_queued_before_a_restart_are_delivered_by_the_next_instance_exactly_once()
    {
        Notice triedDuringOutage, neverTried;
        await using (var before = new NoticeApp(_smtp.Port, _database))
        {
            await _smtp.StopAsync();
            triedDuringOutage = await before.RunSendTaskAsync(SendTask.FilingCorrection("restart-a@example.cn"));
            Assert.Equal(1, (await before.DeliverDueAsync()).Retrying);
            neverTried = await before.RunSendTaskAsync(SendTask.FilingCorrection("restart-b@example.cn"));
        }
        await _smtp.StartAsync();

        await using var after = new NoticeApp(_smtp.Port, _database);
        after.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await after.DeliverDueAsync()).Sent);
        await after.DeliverDueAsync();

        Assert.Single(await _smtp.WaitForMessagesToAsync("restart-a@example.cn"));
        Assert.Single(await _smtp.WaitForMessagesToAsync("restart-b@example.cn"));
        var listed = (await after.ClientAs("auditor").GetFromJsonAsync<Paged<NoticeView>>("/api/notices?status=sent"))!.Items;
        Assert.Equal(2, (await after.FindAsync(triedDuringOutage.Id)).Attempts);
        Assert.Equal(1, (await after.FindAsync(neverTried.Id)).Attempts);
        Assert.Equal(2, listed!.Count);
    }
}
