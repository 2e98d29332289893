using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

/// <summary>What the engine does not run it refuses by name, and what it runs it runs as BPMN says, never by guess.</summary>
public sealed class StrictnessTests
{
    private sealed class Noop : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task In_a_command_a_condition_reading_an_undefined_variable_parks_the_token_at_its_element_with_an_incident_naming_the_variable_never_a_silent_false()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");

        var id = await host.StartAsync("inclusive", "F-1", new { a = true });

        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Equal("fork", incident.ElementId);
        Assert.Contains("未定义的变量“b”", incident.Error);
        Assert.Equal(["fork"], await host.ActiveElementsAsync(id));
        Assert.Equal(InstanceStatus.Running, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task A_parked_entry_is_retried_by_its_incident_once_the_variable_is_set_and_the_token_enters_the_element_by_the_flow_it_came()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");
        var id = await host.StartAsync("inclusive", "F-1", new { a = true });
        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));

        await host.Engine.SetVariablesAsync([id], new Dictionary<string, object?> { ["b"] = false }, "admin");
        await host.Engine.RetryIncidentAsync(incident.Id, "admin");

        Assert.Equal(["taskA"], await host.ActiveElementsAsync(id));
        Assert.Equal("admin", (await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id))).ResolvedBy);
        Assert.Empty(await host.JobsAsync(id));
        var entries = (await host.HistoryAsync(id)).Where(h => h.ElementId == "fork" && h.Event == HistoryEvents.ElementEntered).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, h => Assert.Contains("\"f1\"", h.DataJson));
    }

    [Fact]
    public async Task A_parked_entry_that_fails_again_on_retry_raises_a_new_incident_on_the_same_element()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("inclusive.bpmn");
        var id = await host.StartAsync("inclusive", "F-1", new { a = true });
        var first = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));

        await host.Engine.RetryIncidentAsync(first.Id, "admin");

        var open = await host.QueryAsync(db => db.Set<IncidentRecord>().Where(i => i.InstanceId == id && i.ResolvedAt == null).ToListAsync());
        Assert.Equal("fork", Assert.Single(open).ElementId);
        Assert.Equal(["fork"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task In_a_job_a_condition_reading_an_undefined_variable_raises_an_incident_on_its_gateway_at_once()
    {
        await using var host = await new EngineHostBuilder().With(s => s.AddTaskHandler<Noop>("noop")).BuildAsync();
        await host.DeployAsync("condition-after-handler.bpmn");

        var id = await host.StartAsync("condition-after-handler", "F-1");

        var incident = await host.QueryAsync(db => db.Set<IncidentRecord>().SingleAsync(i => i.InstanceId == id));
        Assert.Equal("gw", incident.ElementId);
        Assert.Contains("urgent", incident.Error);
        Assert.Equal(["work"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task An_unsupported_construct_is_refused_once_by_name_without_follow_on_errors_about_the_flows_around_it()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        var xml = File.ReadAllText(EngineHost.BpmnPath(Path.Combine("Invalid", "unsupported-once.bpmn")));

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "admin"));

        Assert.Equal(["cond:本引擎不支持条件事件（conditionalEventDefinition）。", "tx:本引擎不支持事务子流程（transaction）。",
            "txCancelled:本引擎不支持取消事件（cancelEventDefinition）。"], e.Problems.Select(p => $"{p.ElementId}:{p.Message}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_terminate_end_event_at_process_level_ends_the_instance_as_terminated_and_cancels_the_other_branches()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("terminate.bpmn");
        var id = await host.StartAsync("terminate", "F-1");
        var collect = (await host.OpenTasksAsync(id)).Single(t => t.ElementId == "collect");

        await host.CompleteAsync(id, "decide");

        Assert.Equal(InstanceStatus.Terminated, (await host.InstanceAsync(id)).Status);
        Assert.Equal(TaskStatus.Cancelled, (await host.QueryAsync(db => db.Set<UserTaskRecord>().SingleAsync(t => t.Id == collect.Id))).Status);
    }

    [Fact]
    public async Task An_instance_whose_last_token_reaches_a_none_end_event_is_completed()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("terminate.bpmn");
        var id = await host.StartAsync("terminate", "F-1");

        await host.CompleteAsync(id, "collect");
        Assert.Equal(InstanceStatus.Running, (await host.InstanceAsync(id)).Status);
        await host.CompleteAsync(id, "decide");

        Assert.Equal(InstanceStatus.Terminated, (await host.InstanceAsync(id)).Status);
    }
}
