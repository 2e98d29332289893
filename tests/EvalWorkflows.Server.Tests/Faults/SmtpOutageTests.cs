using System.Net;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// The mail server is away for a whole simulated day while notices fall due (receipts, then the next morning's
/// reminders), against a real server process: nothing is lost or given up, and when the server returns each
/// notice is delivered exactly once. (Notices/OutboxRestartTests and DeliveryFaultTests stage single faults in a
/// test host; this is the day-long outage a running node lives through.)
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SmtpOutageTests : FaultTest
{
    private const int Instances = 30;

    [ProviderNeutralFact]
    public async Task Notices_due_while_the_smtp_server_is_down_for_a_day_are_kept_and_each_delivered_once_when_it_returns()
    {
        var node = await StartNodeAsync();
        await node.Admin.DeployAsync("fault-drill.bpmn");
        await Smtp.StopAsync();
        var keys = Enumerable.Range(1, Instances).Select(i => $"s{i:D3}").ToArray();
        var ids = new Dictionary<string, Guid>();
        foreach (var key in keys) ids[key] = await node.StartDrillAsync(key);
        await node.AdvanceToAsync(DrillOutcome.Tuesday.AddHours(1)); // the day passes; every first reminder falls due at 09:00

        // The sender's first attempts run in the background; on a loaded machine a few are still under way when the
        // advance answers, so wait (bounded) until every notice has been tried once and put back for a retry.
        await Poll.UntilAsync(async () => await node.NoticeCountAsync("retrying") == 2 * Instances, "every notice tried and waiting to retry");
        Assert.Equal(0, Smtp.MessageCount());
        Assert.Equal((0, 0, 0, 0), (await node.NoticeCountAsync("sent"), await node.NoticeCountAsync("failed"),
            await node.NoticeCountAsync("queued"), await node.NoticeCountAsync("sending")));
        var waiting = await node.NoticesAsync("retrying");
        Assert.Equal(2 * Instances, waiting.Count);
        Assert.All(waiting, n => Assert.True(n.GetProperty("attempts").GetInt32() >= 1, $"{n.GetProperty("to")} was never tried"));

        await Smtp.StartAsync();
        await node.AdvanceToAsync(DrillOutcome.Tuesday.AddHours(2)); // past the longest back-off (1 h)
        await node.WaitUntilSentAsync(2 * Instances, TimeSpan.FromSeconds(60));
        foreach (var key in keys)
            await (await node.CompleteAsync((await node.OpenTaskIdAsync(ids[key]))!.Value)).ReadAsync(HttpStatusCode.OK);
        await node.WaitUntilSentAsync(DrillOutcome.ExpectedNotices(Instances, Instances), TimeSpan.FromSeconds(60));

        foreach (var key in keys) DrillOutcome.AssertInstance(await node.Admin.GetInstanceAsync(ids[key]), answered: true);
        DrillOutcome.AssertMailbox(Smtp, keys.Select(k => (k, true)), inFlight: new HashSet<string>());
        Assert.Equal(DrillOutcome.ExpectedNotices(Instances, Instances), Smtp.MessageCount());
    }
}
