using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Error and escalation events (BPMN 2.0.2 §10.5.6): thrown, propagated through scopes, caught.</summary>
public sealed class ErrorEventTests
{
    /// <summary>Looks the institution up: a business error when it is not registered, a failure when offline.</summary>
    private sealed class CheckRegistry : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            if (context.Variables.TryGetValue("offline", out var offline) && offline is true)
                throw new InvalidOperationException("registry offline");
            if (context.Variables["errorCode"] is string code) throw new BpmnErrorException(code, "机构未登记");
            context.Variables["checked"] = true;
            return Task.CompletedTask;
        }
    }

    private static EngineHostBuilder Host() => new EngineHostBuilder().With(s => s.AddTaskHandler<CheckRegistry>("check-registry"));

    [Fact]
    public async Task A_business_error_a_handler_throws_is_caught_by_the_error_boundary_naming_its_code_on_that_task()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-events.bpmn");

        var id = await host.StartAsync("error-events", "F-1", new { errorCode = "NOT_FOUND" });

        Assert.Equal(["fixData"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
        Assert.Contains(await host.HistoryAsync(id), h => h.Event == HistoryEvents.EventThrown && h.ElementId == "check" && h.DataJson!.Contains("notFound"));
    }

    [Fact]
    public async Task A_technical_failure_is_no_bpmn_error_it_is_retried_and_the_boundary_does_not_fire()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-events.bpmn");

        var id = await host.StartAsync("error-events", "F-1", new { errorCode = (string?)null, offline = true });

        Assert.Equal(["check"], await host.ActiveElementsAsync(id));
        Assert.Equal(1, Assert.Single(await host.JobsAsync(id)).Attempts);
    }

    [Fact]
    public async Task A_business_error_no_boundary_or_event_sub_process_catches_raises_an_incident_on_its_task_at_once()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-events.bpmn");

        var id = await host.StartAsync("error-events", "F-1", new { errorCode = "SUSPENDED" });

        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Equal("check", incident.ElementId);
        Assert.Contains("SUSPENDED", incident.Error);
        Assert.Equal(1, Assert.Single(await host.JobsAsync(id)).Attempts);
    }

    [Fact]
    public async Task An_error_end_event_in_a_sub_process_is_caught_by_a_catch_all_boundary_that_interrupts_the_sub_process()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-events.bpmn");
        var id = await host.StartAsync("error-events", "F-1", new { errorCode = (string?)null });

        await host.CompleteAsync(id, "inner", data: new { valid = false });

        Assert.Equal(["rejected"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_sub_process_ending_normally_leaves_by_its_outgoing_flow_not_the_error_boundary()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-events.bpmn");
        var id = await host.StartAsync("error-events", "F-1", new { errorCode = (string?)null });

        await host.CompleteAsync(id, "inner", data: new { valid = true });

        Assert.Equal(["done"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task An_error_end_event_in_a_called_process_ends_the_child_and_is_caught_on_the_call_activity()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-child.bpmn");
        await host.DeployAsync("error-call.bpmn");
        var id = await host.StartAsync("error-call", "F-1");
        var child = await host.QueryAsync(db => db.Set<InstanceRecord>().SingleAsync(i => i.ParentInstanceId == id));

        await host.CompleteAsync(child.Id, "examine");

        Assert.Equal(["handled"], await host.ActiveElementsAsync(id));
        Assert.Equal(InstanceStatus.Terminated, (await host.InstanceAsync(child.Id)).Status);
    }

    [Fact]
    public async Task An_error_end_event_nobody_catches_keeps_the_task_completion_that_reached_it_and_parks_the_token_there_with_an_incident()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("error-child.bpmn");
        var id = await host.StartAsync("error-child", "F-1");

        await host.CompleteAsync(id, "examine");

        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Contains("“INVALID”", incident.Error);
        Assert.Equal([incident.ElementId], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.OpenTasksAsync(id));
        Assert.Equal(InstanceStatus.Running, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task An_error_thrown_in_one_instance_of_a_multi_instance_task_is_caught_on_the_activity_and_ends_every_instance()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-error.bpmn");

        var id = await host.StartAsync("mi-error", "F-1", new { errorCode = "NOT_FOUND" });

        Assert.Equal(["fixData"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
    }

    [Fact]
    public async Task A_non_interrupting_escalation_boundary_starts_a_branch_while_the_thrower_carries_on()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("escalation.bpmn");
        var id = await host.StartAsync("escalation", "F-1");

        await host.CompleteAsync(id, "ask");

        Assert.Equal(["answer", "sub", "supervise"], await host.ActiveElementsAsync(id));
        await host.CompleteAsync(id, "answer");
        Assert.Equal(["done", "supervise"], await host.ActiveElementsAsync(id));
    }
}
