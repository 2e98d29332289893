using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Signal events (BPMN 2.0.2 §10.5.5): broadcast to every wait, not delivered to one.</summary>
public sealed class SignalEventTests
{
    [Fact]
    public async Task A_broadcast_signal_reaches_every_waiting_instance_its_catch_events_and_boundary_events_alike()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("signal-wait.bpmn");
        var first = await host.StartAsync("signal-wait", "F-1");
        var second = await host.StartAsync("signal-wait", "F-2");

        await using var restarted = await new EngineHostBuilder().RestartOf(host).BuildAsync();
        var reached = await restarted.Engine.BroadcastSignalAsync("exam-cancelled", null, "admin");

        Assert.Equal(4, reached);
        Assert.Equal(["refund", "stopped"], await restarted.ActiveElementsAsync(first));
        Assert.Equal(["refund", "stopped"], await restarted.ActiveElementsAsync(second));
    }

    [Fact]
    public async Task A_signal_thrown_by_one_process_reaches_other_instances_and_starts_processes_with_that_signal_start()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("signal-wait.bpmn");
        await host.DeployAsync("signal-throw.bpmn");
        await host.DeployAsync("signal-start.bpmn");
        var waiting = await host.StartAsync("signal-wait", "F-1");

        var thrower = await host.StartAsync("signal-throw", "EXAM-9");

        Assert.Equal(["next"], await host.ActiveElementsAsync(thrower));
        Assert.Equal(["refund", "stopped"], await host.ActiveElementsAsync(waiting));
        var started = await host.QueryAsync(db => db.Set<InstanceRecord>().SingleAsync(i => i.DefinitionKey == "signal-start"));
        Assert.Equal(["notify"], await host.ActiveElementsAsync(started.Id));
    }

    [Fact]
    public async Task A_signal_nobody_waits_for_is_no_error_and_reaches_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("signal-wait.bpmn");
        var id = await host.StartAsync("signal-wait", "F-1");
        await host.CompleteAsync(id, "work");

        Assert.Equal(1, await host.Engine.BroadcastSignalAsync("exam-cancelled", null, "admin"));
        Assert.Equal(0, await host.Engine.BroadcastSignalAsync("exam-cancelled", null, "admin"));
    }
}
