using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Multi-instance activities (BPMN 2.0.2 §13.3.7, multiInstanceLoopCharacteristics).</summary>
public sealed class MultiInstanceTests
{
    /// <summary>Appends "loopCounter:institution" to the instance variable <c>seen</c>, as a notice sender would.</summary>
    private sealed class RecordItem : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            var seen = context.Variables.TryGetValue("seen", out var s) ? (string?)s : null;
            context.Variables["seen"] = $"{seen}{context.Variables["loopCounter"]}:{context.Variables["institution"]};";
            return Task.CompletedTask;
        }
    }

    private static EngineHostBuilder Host() => new EngineHostBuilder().With(s => s.AddTaskHandler<RecordItem>("record-item"));

    [Fact]
    public async Task Parallel_instances_one_per_collection_item_all_open_at_once_each_seeing_its_own_element_variable()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-review.bpmn");

        var id = await host.StartAsync("mi-review", "F-1", new { panel = new[] { "张", "李", "王" }, quorum = 3 });

        var tasks = await host.OpenTasksAsync(id);
        Assert.Equal(["张", "李", "王"], tasks.Select(t => t.Assignee).Order(StringComparer.Ordinal));
        Assert.Contains(tasks, t => t.Name == "评审（张）");
        Assert.DoesNotContain("member", (await host.VariablesAsync(id)).Keys);
    }

    [Fact]
    public async Task The_activity_completes_when_every_instance_completed_then_follows_its_outgoing_flow_once()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-review.bpmn");
        var id = await host.StartAsync("mi-review", "F-1", new { panel = new[] { "张", "李" }, quorum = 2 });

        foreach (var task in await host.OpenTasksAsync(id)) await host.Engine.CompleteTaskAsync(task.Id, null, null, task.Assignee);

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Empty(await host.JobsAsync(id));
    }

    [Fact]
    public async Task A_completion_condition_over_nrOfCompletedInstances_ends_the_activity_early_and_cancels_the_other_instances()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-review.bpmn");
        var id = await host.StartAsync("mi-review", "F-1", new { panel = new[] { "张", "李", "王" }, quorum = 2 });
        var tasks = await host.OpenTasksAsync(id);

        await host.Engine.CompleteTaskAsync(tasks[0].Id, null, null, "a");
        Assert.Equal(2, (await host.OpenTasksAsync(id)).Count);
        await host.Engine.CompleteTaskAsync(tasks[1].Id, null, null, "b");

        Assert.Equal(["after"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));
        var third = await host.QueryAsync(db => Task.FromResult(db.Set<UserTaskRecord>().Single(t => t.Id == tasks[2].Id)));
        Assert.Equal(TaskStatus.Cancelled, third.Status);
    }

    [Fact]
    public async Task An_output_collection_gathers_each_instances_output_element_in_collection_order_whatever_the_order_they_complete()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-output.bpmn");
        var id = await host.StartAsync("mi-output", "F-1", new { panel = new[] { "张", "李", "王" }, quorum = 3 });
        var tasks = (await host.OpenTasksAsync(id)).ToDictionary(t => t.Assignee!);

        await host.Engine.CompleteTaskAsync(tasks["王"].Id, null, EngineHost.Vars(new { verdict = "通过" }), "王");
        await host.Engine.CompleteTaskAsync(tasks["张"].Id, null, EngineHost.Vars(new { verdict = "不通过" }), "张");
        Assert.DoesNotContain("verdicts", (await host.VariablesAsync(id)).Keys);
        await host.Engine.CompleteTaskAsync(tasks["李"].Id, null, EngineHost.Vars(new { verdict = "通过" }), "李");

        var verdicts = Assert.IsAssignableFrom<System.Collections.IEnumerable>((await host.VariablesAsync(id))["verdicts"]);
        Assert.Equal(["张：不通过", "李：通过", "王：通过"], verdicts.Cast<object?>().Select(v => v?.ToString()));
    }

    [Fact]
    public async Task An_instance_cut_short_by_the_completion_condition_leaves_its_place_in_the_output_collection_empty()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-output.bpmn");
        var id = await host.StartAsync("mi-output", "F-1", new { panel = new[] { "张", "李", "王" }, quorum = 2 });
        var tasks = (await host.OpenTasksAsync(id)).ToDictionary(t => t.Assignee!);

        await host.Engine.CompleteTaskAsync(tasks["李"].Id, null, EngineHost.Vars(new { verdict = "通过" }), "李");
        await host.Engine.CompleteTaskAsync(tasks["王"].Id, null, EngineHost.Vars(new { verdict = "通过" }), "王");

        var verdicts = Assert.IsAssignableFrom<System.Collections.IEnumerable>((await host.VariablesAsync(id))["verdicts"]);
        Assert.Equal([null, "李：通过", "王：通过"], verdicts.Cast<object?>().Select(v => v?.ToString()));
        Assert.Equal(["after"], (await host.OpenTasksAsync(id)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task An_output_collection_without_an_output_element_is_refused_at_deploy_naming_both_attributes()
    {
        await using var host = await Host().BuildAsync();
        var xml = File.ReadAllText(EngineHost.BpmnPath("mi-output.bpmn")).Replace(" ew:outputElement=\"{{ member + '：' + verdict }}\"", "");

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "tester"));

        Assert.Contains(e.Problems, p => p.ElementId == "review" && p.Message.Contains("ew:outputCollection") && p.Message.Contains("ew:outputElement"));
    }

    [Fact]
    public async Task A_boundary_timer_on_a_multi_instance_activity_interrupts_every_instance()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-review.bpmn");
        var id = await host.StartAsync("mi-review", "F-1", new { panel = new[] { "张", "李", "王" }, quorum = 3 });

        Assert.Single(await host.JobsAsync(id));
        await host.AdvanceAsync(TimeSpan.FromDays(10));

        Assert.Equal(["chase"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task Sequential_instances_run_one_after_another_loopCardinality_times_with_loopCounter_from_zero()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-sequential.bpmn");
        var id = await host.StartAsync("mi-sequential", "F-1", new { rounds = 3 });

        var names = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var task = await host.SingleTaskAsync(id);
            names.Add(task.Name);
            await host.Engine.CompleteTaskAsync(task.Id, null, null, "clerk");
        }

        Assert.Equal(["第1次检查（共3次）", "第2次检查（共3次）", "第3次检查（共3次）"], names);
        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_cardinality_of_zero_skips_the_activity()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-sequential.bpmn");

        var id = await host.StartAsync("mi-sequential", "F-1", new { rounds = 0 });

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_multi_instance_sub_process_runs_its_inside_once_per_item_and_waits_for_all()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-subprocess.bpmn");
        var id = await host.StartAsync("mi-subprocess", "F-1", new { sessions = new[] { "3月场", "4月场" } });

        var tasks = await host.OpenTasksAsync(id);
        Assert.Equal(["督导 3月场", "督导 4月场"], tasks.Select(t => t.Name).Order(StringComparer.Ordinal));
        await host.Engine.CompleteTaskAsync(tasks[0].Id, null, null, "s");
        Assert.DoesNotContain("after", await host.ActiveElementsAsync(id));
        await host.Engine.CompleteTaskAsync(tasks[1].Id, null, null, "s");

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_multi_instance_call_activity_starts_one_child_per_instance_and_continues_when_all_ended()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        await host.DeployAsync("mi-call.bpmn");
        var id = await host.StartAsync("mi-call", "F-1");

        var children = await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Where(i => i.ParentInstanceId == id).ToList()));
        Assert.Equal(2, children.Count);
        foreach (var child in children) await host.CompleteAsync(child.Id, "review", data: new { approved = true });

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_sequential_multi_instance_service_task_runs_its_handler_per_item_in_order()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("mi-service.bpmn");

        var id = await host.StartAsync("mi-service", "F-1", new { institutions = new[] { "甲", "乙", "丙" } });

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        var variables = await host.VariablesAsync(id);
        Assert.Equal("0:甲;1:乙;2:丙;", variables["seen"]);
        Assert.DoesNotContain("loopCounter", variables.Keys);
    }

    [Fact]
    public async Task Instances_waiting_at_shutdown_carry_on_after_a_restart()
    {
        var first = await Host().BuildAsync();
        await first.DeployAsync("mi-sequential.bpmn");
        var id = await first.StartAsync("mi-sequential", "F-1", new { rounds = 2 });
        await first.CompleteAsync(id, "inspect");
        await first.DisposeAsync();

        await using var second = await Host().RestartOf(first).BuildAsync();
        Assert.Equal("第2次检查（共2次）", (await second.SingleTaskAsync(id)).Name);
        await second.CompleteAsync(id, "inspect");
        Assert.Equal(["after"], await second.ActiveElementsAsync(id));
    }
}
