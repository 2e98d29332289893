using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Receive task (BPMN 2.0.2 §10.3.3) and business rule task (§10.3.3, run by a registered handler).</summary>
public sealed class ReceiveTaskTests
{
    private sealed class FeeRule : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            context.Variables["fee"] = (long)context.Variables["sessions"]! * 100;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_receive_task_waits_for_its_message_by_business_key_then_moves_on()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("receive-task.bpmn");
        var id = await host.StartAsync("receive-task", "F-3");
        Assert.Equal(["waitReply"], await host.ActiveElementsAsync(id));

        await host.Engine.CorrelateMessageAsync("reply", "F-3", new Dictionary<string, object?> { ["answer"] = "同意" }, "inst");

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Equal("同意", (await host.VariablesAsync(id))["answer"]);
        Assert.Empty(await host.JobsAsync(id));
    }

    [Fact]
    public async Task A_timer_boundary_on_a_receive_task_interrupts_the_wait_and_withdraws_the_subscription()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("receive-task.bpmn");
        var id = await host.StartAsync("receive-task", "F-3");

        await host.AdvanceAsync(TimeSpan.FromDays(5));

        Assert.Equal(["chase"], await host.ActiveElementsAsync(id));
        await Assert.ThrowsAsync<NoSubscriberException>(() => host.Engine.CorrelateMessageAsync("reply", "F-3", null, "inst"));
    }

    [Fact]
    public async Task A_business_rule_task_runs_the_handler_its_ew_type_names_like_a_service_task()
    {
        await using var host = await new EngineHostBuilder().With(s => s.AddTaskHandler<FeeRule>("fee-rule")).BuildAsync();
        await host.DeployAsync("business-rule.bpmn");

        var id = await host.StartAsync("business-rule", "F-1", new { sessions = 3 });

        Assert.Equal(["after"], await host.ActiveElementsAsync(id));
        Assert.Equal(300L, (await host.VariablesAsync(id))["fee"]);
    }
}
