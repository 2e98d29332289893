using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests;

public sealed class CallActivityTests
{
    [Fact]
    public async Task The_child_gets_mapped_inputs_and_its_outputs_come_back_to_the_parent()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("call-child.bpmn");
        await host.DeployAsync("call-parent.bpmn");
        var parent = await host.StartAsync("call-parent", "F-3", new { amount = 21 });

        var child = await host.QueryAsync(db => db.Set<InstanceRecord>().SingleAsync(i => i.ParentInstanceId == parent));
        Assert.Equal("F-3", child.BusinessKey);
        Assert.Equal(42L, (await host.VariablesAsync(child.Id))["doubled"]);
        Assert.False((await host.VariablesAsync(child.Id)).ContainsKey("amount"));
        Assert.Equal(["callChild"], await host.ActiveElementsAsync(parent));

        await host.CompleteAsync(child.Id, "work", data: new { result = "合格" });

        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(child.Id)).Status);
        Assert.Equal(["check"], await host.ActiveElementsAsync(parent));
        Assert.Equal("合格", (await host.VariablesAsync(parent))["childResult"]);
    }

    [Fact]
    public async Task Calling_a_process_that_is_not_deployed_is_refused()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("call-parent.bpmn");

        var e = await Assert.ThrowsAsync<NotFoundException>(() => host.StartAsync("call-parent", "F-3", new { amount = 1 }));

        Assert.Equal("DEFINITION_NOT_FOUND", e.Code);
        Assert.Contains("call-child", e.Message);
    }

    [Fact]
    public async Task Interrupting_the_call_activity_terminates_the_child_and_cancels_its_task()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("call-child.bpmn");
        await host.DeployAsync("call-with-deadline.bpmn");
        var parent = await host.StartAsync("call-with-deadline", "F-4");
        var child = await host.QueryAsync(db => db.Set<InstanceRecord>().SingleAsync(i => i.ParentInstanceId == parent));

        await host.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.Equal(InstanceStatus.Terminated, (await host.InstanceAsync(child.Id)).Status);
        Assert.Empty(await host.OpenTasksAsync(child.Id));
        Assert.Empty(await host.ActiveElementsAsync(child.Id));
        Assert.Equal(InstanceStatus.Terminated, (await host.InstanceAsync(parent)).Status); // by its terminate end event
        Assert.Contains(await host.HistoryAsync(parent), h => h.ElementId == "stopAll" && h.Event == HistoryEvents.ElementEntered);
        Assert.Empty(await host.JobsAsync(parent));
    }
}

