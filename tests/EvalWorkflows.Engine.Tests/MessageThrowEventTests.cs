using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// Message intermediate throw and end events (BPMN 2.0.2 §10.5.4–10.5.5: "the message is sent" as the event is
/// reached): the engine sends through the event's handler (ew:type) as it does for a send task, in a job of its own.
/// </summary>
public sealed class MessageThrowEventTests
{
    /// <summary>Appends the element it sent from to the variable <c>sent</c>, as a mail or registry sender would.</summary>
    private sealed class RecordMessage : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            context.Variables["sent"] = $"{(context.Variables.TryGetValue("sent", out var s) ? s : null)}{context.ElementId};";
            return Task.CompletedTask;
        }
    }

    private static EngineHostBuilder Host() => new EngineHostBuilder().With(s => s.AddTaskHandler<RecordMessage>("record-message"));

    [Fact]
    public async Task A_message_intermediate_throw_event_sends_through_its_handler_then_passes_the_token_on()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("message-throw.bpmn");

        var id = await host.StartAsync("message-throw", "F-1");

        Assert.Equal("tellAccepted;", (await host.VariablesAsync(id))["sent"]);
        Assert.Equal(["review"], await host.ActiveElementsAsync(id));
    }

    [Fact]
    public async Task A_message_end_event_sends_through_its_handler_then_ends_the_token_and_the_instance_completes()
    {
        await using var host = await Host().BuildAsync();
        await host.DeployAsync("message-throw.bpmn");
        var id = await host.StartAsync("message-throw", "F-1");

        await host.CompleteAsync(id, "review");

        Assert.Equal("tellAccepted;tellClosed;", (await host.VariablesAsync(id))["sent"]);
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task A_message_throw_event_without_a_handler_type_is_refused_at_deploy_by_name()
    {
        await using var host = await Host().BuildAsync();
        var xml = File.ReadAllText(EngineHost.BpmnPath("message-throw.bpmn")).Replace(" ew:type=\"record-message\"", "");

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "tester"));

        Assert.Equal(["tellAccepted", "tellClosed"], e.Problems.Select(p => p.ElementId).Order(StringComparer.Ordinal));
        Assert.All(e.Problems, p => Assert.Contains("ew:type", p.Message));
    }

    [Fact]
    public async Task A_failing_message_handler_is_retried_as_a_job_and_the_step_before_it_stands()
    {
        await using var host = await new EngineHostBuilder().With(s => s.AddTaskHandler<AlwaysFails>("record-message")).BuildAsync();
        await host.DeployAsync("message-throw.bpmn");

        var id = await host.StartAsync("message-throw", "F-1");

        Assert.Equal(["tellAccepted"], await host.ActiveElementsAsync(id));
        var job = Assert.Single(await host.JobsAsync(id));
        Assert.Equal(JobKind.Continuation, job.Kind);
        Assert.Contains("mail server down", job.LastError);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<IncidentRecord>().CountAsync()));
    }

    private sealed class AlwaysFails : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("mail server down");
    }
}
