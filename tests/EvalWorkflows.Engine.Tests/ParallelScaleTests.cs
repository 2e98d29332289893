using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Xunit.Abstractions;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// Fork and join cost the same per branch whatever the width. The default limits refuse such widths at deploy
/// (see DefinitionLimitsTests); here they are raised to measure. Times are written out, never asserted.
/// </summary>
public sealed class ParallelScaleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2_000)]
    [InlineData(10_000)]
    public async Task A_wide_fork_joins_once_every_branch_has_arrived(int branches)
    {
        await using var host = await new EngineHostBuilder().With(s => s.Configure<EngineLimits>(l =>
        {
            l.MaxBranches = branches;
            l.MaxElements = 4 * branches;
            l.MaxStepsPerCommand = 3 * branches;
            l.MaxDocumentCharacters = 200 * branches;
        })).BuildAsync();
        await host.Engine.DeployAsync(GeneratedBpmn.ForkJoin(branches), "admin");

        var watch = Stopwatch.StartNew();
        var id = await host.StartAsync("fork-join");
        output.WriteLine($"{branches} branches: start through fork and join took {watch.ElapsedMilliseconds} ms");

        Assert.Equal(["wait"], await host.ActiveElementsAsync(id));
        var history = await host.HistoryAsync(id);
        Assert.Equal(branches, history.Count(h => h.ElementId == "join" && h.Event == HistoryEvents.ElementEntered));
        Assert.Single(history, h => h.ElementId == "join" && h.Event == HistoryEvents.ElementLeft);
        Assert.Single(await host.OpenTasksAsync(id));
    }
}
