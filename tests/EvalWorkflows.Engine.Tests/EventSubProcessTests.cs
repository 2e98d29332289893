using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Event sub-processes (BPMN 2.0.2 §10.3.5): started by an event while their scope runs.</summary>
public sealed class EventSubProcessTests
{
    private static Task<int> SubscriptionsAsync(EngineHost host, Guid id) =>
        host.QueryAsync(db => db.Set<SubscriptionRecord>().CountAsync(s => s.InstanceId == id));

    [Fact]
    public async Task An_interrupting_message_event_sub_process_cancels_the_main_flow_and_the_instance_completes_when_it_ends()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-subprocess.bpmn");
        var id = await host.StartAsync("event-subprocess", "F-8");
        var review = await host.SingleTaskAsync(id);

        await using var restarted = await new EngineHostBuilder().RestartOf(host).BuildAsync();
        await restarted.Engine.CorrelateMessageAsync("withdraw", "F-8", null, "institution");

        Assert.Equal(InstanceStatus.Completed, (await restarted.InstanceAsync(id)).Status);
        var cancelled = await restarted.QueryAsync(db => db.Set<UserTaskRecord>().SingleAsync(t => t.Id == review.Id));
        Assert.Equal(TaskStatus.Cancelled, cancelled.Status);
        Assert.Empty(await restarted.JobsAsync(id));
        Assert.Equal(0, await SubscriptionsAsync(restarted, id));
        Assert.Contains(await restarted.HistoryAsync(id), h => h.ElementId == "record" && h.Event == HistoryEvents.ElementEntered);
    }

    [Fact]
    public async Task A_non_interrupting_timer_event_sub_process_runs_beside_the_main_flow_which_carries_on()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-subprocess.bpmn");
        var id = await host.StartAsync("event-subprocess", "F-8");

        await host.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal(["remind", "reminder", "review"], await host.ActiveElementsAsync(id));

        await host.CompleteAsync(id, "review", data: new { ok = true });
        await host.CompleteAsync(id, "approve");
        Assert.Equal(InstanceStatus.Running, (await host.InstanceAsync(id)).Status);
        await host.CompleteAsync(id, "remind");
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task An_error_end_event_is_caught_by_the_error_event_sub_process_of_its_scope_which_stops_the_other_triggers()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-subprocess.bpmn");
        var id = await host.StartAsync("event-subprocess", "F-8");

        await host.CompleteAsync(id, "review", data: new { ok = false });

        Assert.Equal(["failure", "handleError"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
        Assert.Equal(0, await SubscriptionsAsync(host, id));
        await host.CompleteAsync(id, "handleError");
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task When_the_process_ends_its_event_sub_processes_stop_listening()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("event-subprocess.bpmn");
        var id = await host.StartAsync("event-subprocess", "F-8");

        await host.CompleteAsync(id, "review", data: new { ok = true });
        await host.CompleteAsync(id, "approve");

        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.Empty(await host.JobsAsync(id));
        await Assert.ThrowsAsync<NoSubscriberException>(() => host.Engine.CorrelateMessageAsync("withdraw", "F-8", null, "institution"));
    }
}
