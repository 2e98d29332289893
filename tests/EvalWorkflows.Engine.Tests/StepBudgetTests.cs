using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Scriban.Runtime;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A loop with no wait state cannot spin forever: a command enters at most Engine:Limits:MaxStepsPerCommand
/// elements, then is rolled back naming the element; in a job it raises an incident there at once.
/// </summary>
public sealed class StepBudgetTests
{
    [Fact]
    public async Task A_start_into_a_gateway_loop_without_a_wait_is_refused_naming_the_element_and_stores_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("loop-no-wait.bpmn");

        var e = await Assert.ThrowsAsync<LimitExceededException>(() => host.StartAsync("loop-no-wait"));

        Assert.Equal("STEP_BUDGET_EXCEEDED", e.Code);
        Assert.Contains(e.ElementId, new[] { "again", "more" });
        Assert.Contains("10000", e.Message);
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<HistoryRecord>().Count())));
        await host.DeployAsync("plain-approval.bpmn");
        Assert.NotEqual(Guid.Empty, await host.StartAsync("plain-approval"));
    }

    [Fact]
    public async Task A_loop_reached_by_a_timer_raises_an_incident_on_the_element_at_once_and_rolls_the_step_back()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("loop-after-timer.bpmn");
        var id = await host.StartAsync("loop-after-timer");

        await host.AdvanceAsync(TimeSpan.FromHours(1));

        var incident = Assert.Single(await host.QueryAsync(db => Task.FromResult(db.Set<IncidentRecord>().Where(i => i.InstanceId == id).ToList())));
        Assert.Contains(incident.ElementId, new[] { "again", "more" });
        Assert.Contains("10000", incident.Error);
        var job = Assert.Single(await host.JobsAsync(id));
        Assert.True(job.Suspended);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(["wait"], await host.ActiveElementsAsync(id));
        Assert.DoesNotContain(await host.HistoryAsync(id), h => h.ElementId == "again" && h.Event == HistoryEvents.ElementEntered);
    }

    [Fact]
    public async Task The_budget_is_configurable()
    {
        await using var host = await new EngineHostBuilder().With(s => s.Configure<EngineLimits>(l => l.MaxStepsPerCommand = 50)).BuildAsync();
        await host.DeployAsync("loop-no-wait.bpmn");

        var e = await Assert.ThrowsAsync<LimitExceededException>(() => host.StartAsync("loop-no-wait"));

        Assert.Contains("50 步", e.Message);
    }

    /// <summary>A condition function that cancels the command's token the first time it is asked.</summary>
    private sealed class CancelOnFirstCall(CancellationTokenSource cts) : IExpressionFunctions
    {
        public void Register(ScriptObject globals) => globals.Import("cancel_now", new Func<bool>(() => { cts.Cancel(); return true; }));
    }

    [Fact]
    public async Task A_cancelled_command_stops_at_the_next_element_and_stores_nothing()
    {
        using var cts = new CancellationTokenSource();
        await using var host = await new EngineHostBuilder().With(s =>
        {
            s.AddSingleton<IExpressionFunctions>(new CancelOnFirstCall(cts));
            s.Configure<EngineLimits>(l => l.MaxStepsPerCommand = int.MaxValue);
        }).BuildAsync();
        await host.Engine.DeployAsync(File.ReadAllText(EngineHost.BpmnPath("loop-no-wait.bpmn")).Replace(">true<", ">cancel_now()<"), "admin");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Engine.StartAsync("loop-no-wait", null, null, "tester", cts.Token));

        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
    }
}
