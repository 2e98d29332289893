using System.Net;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// SIGKILL while hundreds of instances move: once in a burst of task completions, once in the middle of a clock
/// advance that fires timers and sends notices. After each restart on the same database every instance ends as an
/// undisturbed run does (<see cref="DrillOutcome"/>), each timer fired once per due instant, each notice delivered.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : FaultTest
{
    private const int Instances = 200;

    [Fact]
    public async Task A_node_killed_in_a_burst_of_completions_and_again_in_a_clock_advance_ends_every_instance_as_an_undisturbed_run_does()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var node = await StartNodeAsync();
        await node.Admin.DeployAsync("fault-drill.bpmn");
        var keys = Enumerable.Range(1, Instances).Select(i => $"c{i:D4}").ToArray();
        var ids = await StartAllAsync(node, keys);
        output.WriteLine($"{watch.Elapsed}: {Instances} started");
        await node.AdvanceToAsync(DrillOutcome.Tuesday); // every first reminder
        output.WriteLine($"{watch.Elapsed}: first reminders");
        var answered = keys.Where((_, i) => i % 2 == 0).ToHashSet();
        var inFlight = new HashSet<string>();

        // Kill 1: while answers arrive eight at a time, once 40 have been taken.
        var tasks = new Dictionary<string, Guid>();
        foreach (var key in answered) tasks[key] = (await node.OpenTaskIdAsync(ids[key]))!.Value;
        var taken = 0;
        var burst = Parallel.ForEachAsync(answered, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (key, _) =>
        {
            try { if ((await node.CompleteAsync(tasks[key])).StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref taken); }
            catch (HttpRequestException) { } // the process died under this request
        });
        await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref taken) >= 40 || burst.IsCompleted), "40 answers");
        await node.KillAsync();
        await burst;
        output.WriteLine($"Kill 1 after {taken} of {answered.Count} answers");
        Assert.True(taken < answered.Count, "The burst finished before the kill; the test proves nothing.");
        inFlight.UnionWith(await DrillOutcome.SendingAsync(Database));
        await node.RestartAsync(DrillOutcome.Tuesday);
        output.WriteLine($"{watch.Elapsed}: restarted");
        foreach (var key in answered)
            if (await node.OpenTaskIdAsync(ids[key]) is { } open)
                await (await node.CompleteAsync(open)).ReadAsync(HttpStatusCode.OK);

        output.WriteLine($"{watch.Elapsed}: answers completed");
        // Kill 2: in the advance to Friday, once the SMTP server has taken 60 of its messages.
        var before = Smtp.MessageCount();
        var advance = node.AdvanceToAsync(DrillNode.Monday.AddDays(4));
        await Poll.UntilAsync(() => Task.FromResult(Smtp.MessageCount() >= before + 60 || advance.IsCompleted), "60 messages of the advance");
        await node.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => advance);
        output.WriteLine($"Kill 2 after {Smtp.MessageCount() - before} messages of the advance");
        inFlight.UnionWith(await DrillOutcome.SendingAsync(Database));
        await node.RestartAsync(DrillOutcome.Tuesday); // where the clock stood when the advance began
        output.WriteLine($"{watch.Elapsed}: restarted");
        await node.AdvanceToAsync(DrillNode.Monday.AddDays(4));
        output.WriteLine($"{watch.Elapsed}: advanced to Friday");
        await node.WaitUntilSentAsync(DrillOutcome.ExpectedNotices(Instances, answered.Count), TimeSpan.FromSeconds(90));

        output.WriteLine($"{watch.Elapsed}: all sent");
        foreach (var key in keys) DrillOutcome.AssertInstance(await node.Admin.GetInstanceAsync(ids[key]), answered.Contains(key));
        DrillOutcome.AssertMailbox(Smtp, keys.Select(k => (k, answered.Contains(k))), inFlight);
        output.WriteLine($"{Smtp.MessageCount()} messages at the SMTP server, {inFlight.Count} notices in flight at the kills");
    }

    private static async Task<Dictionary<string, Guid>> StartAllAsync(DrillNode node, IEnumerable<string> keys)
    {
        var ids = new Dictionary<string, Guid>();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (key, _) =>
        {
            var id = await node.StartDrillAsync(key);
            lock (ids) ids[key] = id;
        });
        return ids;
    }
}
