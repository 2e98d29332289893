using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// The engine's row ids sort in the order they were made (<see cref="RowIds"/>), as SQLite compares their text and
/// PostgreSQL their bytes, so new rows go to the end of each index; and they stay unique.
/// </summary>
public sealed class RowIdTests
{
    private static readonly DateTimeOffset At = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public void Ids_made_on_a_standing_clock_sort_in_the_order_made_as_text_and_as_bytes_and_are_version_7()
    {
        // More than one millisecond's counter can hold: the ids move on to the next millisecond, still in order.
        var ids = Enumerable.Range(0, 10_000).Select(_ => RowIds.Next(At)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var text = ids.Select(id => id.ToString().ToUpperInvariant()).ToList(); // as EF Core stores a Guid in SQLite
        Assert.Equal(text, text.Order(StringComparer.Ordinal));
        var bytes = ids.Select(id => Convert.ToHexString(id.ToByteArray(bigEndian: true))).ToList(); // uuid order
        Assert.Equal(bytes, bytes.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0x8, id.Variant & 0xC)); // RFC 9562 variant (10xx)
        var first = ids[0].ToByteArray(bigEndian: true);
        var millisecond = ((long)first[0] << 40) | ((long)first[1] << 32) | ((long)first[2] << 24) | ((long)first[3] << 16) | ((long)first[4] << 8) | first[5];
        Assert.True(millisecond >= At.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Ids_made_side_by_side_are_all_different()
    {
        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 5_000).Select(_ => RowIds.Next(At)).ToList())));
        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Instances_tokens_and_tasks_started_one_after_another_have_ids_in_that_order()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        var started = new List<Guid>();
        for (var i = 0; i < 20; i++) started.Add(await host.StartAsync("plain-approval", $"B-{i}"));

        var stored = await host.QueryAsync(db => db.Set<InstanceRecord>().OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        Assert.Equal(started, stored);
        var tasks = await host.QueryAsync(db => db.Set<UserTaskRecord>().OrderBy(t => t.Id).Select(t => t.InstanceId).ToListAsync());
        Assert.Equal(started, tasks);
    }
}
