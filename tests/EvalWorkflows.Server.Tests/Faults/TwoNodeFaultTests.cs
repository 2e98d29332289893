using System.Diagnostics;
using System.Net;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// Two nodes on one PostgreSQL database share a thousand fault drills: instances started on both, both clocks
/// advanced at once (both nodes fire the same timers and deliver the same notices), every answer sent to both
/// nodes at the same moment. Every step runs once, every notice is sent once, and no instance is left stuck.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class TwoNodeFaultTests(ITestOutputHelper output) : FaultTest
{
    /// <summary>
    /// A thousand, in CI too (about two minutes on a quiet 2-core machine); EVALWORKFLOWS_FAULT_INSTANCES
    /// sets another count, e.g. a few hundred while working on the test itself.
    /// </summary>
    private static readonly int Instances = int.TryParse(Environment.GetEnvironmentVariable("EVALWORKFLOWS_FAULT_INSTANCES"), out var n) && n > 0 ? n : 1000;

    [PostgresFact]
    public async Task Two_nodes_sharing_a_thousand_instances_run_every_step_once_and_send_every_notice_once()
    {
        var watch = Stopwatch.StartNew();
        var first = await StartNodeAsync();
        var second = await StartNodeAsync();
        DrillNode[] nodes = [first, second];
        await first.Admin.DeployAsync("fault-drill.bpmn");
        output.WriteLine($"{watch.Elapsed}: both nodes up, the drill deployed");
        var keys = Enumerable.Range(1, Instances).Select(i => $"n{i:D5}").ToArray();
        var ids = new Dictionary<string, Guid>();
        await Parallel.ForEachAsync(keys.Select((key, i) => (key, node: nodes[i % 2])), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (start, _) =>
        {
            var id = await start.node.StartDrillAsync(start.key);
            lock (ids) ids[start.key] = id;
        });
        output.WriteLine($"{watch.Elapsed}: {Instances} started");

        await Task.WhenAll(nodes.Select(n => n.AdvanceToAsync(DrillOutcome.Tuesday)));
        output.WriteLine($"{watch.Elapsed}: both clocks at Tuesday");
        var answered = keys.Where((_, i) => i % 2 == 0).ToHashSet();
        var taken = 0;
        await Parallel.ForEachAsync(answered, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (key, _) =>
        {
            var task = (await first.OpenTaskIdAsync(ids[key]))!.Value;
            var answers = await Task.WhenAll(nodes.Select(n => n.CompleteAsync(task)));
            Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.OK) == 1 && answers.All(a => a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict),
                $"{key}: {string.Join(", ", answers.Select(a => (int)a.StatusCode))}");
            Interlocked.Increment(ref taken);
        });
        output.WriteLine($"{watch.Elapsed}: {taken} answered on both nodes at once");

        await Task.WhenAll(nodes.Select(n => n.AdvanceToAsync(DrillNode.Monday.AddDays(4))));
        output.WriteLine($"{watch.Elapsed}: both clocks at Friday");
        await first.WaitUntilSentAsync(DrillOutcome.ExpectedNotices(Instances, answered.Count), TimeSpan.FromSeconds(120));
        output.WriteLine($"{watch.Elapsed}: all sent");

        // Read from both nodes, several at a time: a thousand instances' journals one by one took most of a minute.
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (key, _) =>
            DrillOutcome.AssertInstance(await nodes[ids[key].GetHashCode() & 1].Admin.GetInstanceAsync(ids[key]), answered.Contains(key)));
        DrillOutcome.AssertMailbox(Smtp, keys.Select(k => (k, answered.Contains(k))), inFlight: new HashSet<string>());
        Assert.Equal(DrillOutcome.ExpectedNotices(Instances, answered.Count), Smtp.MessageCount());
        output.WriteLine($"{watch.Elapsed}: {Smtp.MessageCount()} messages checked");
    }
}
