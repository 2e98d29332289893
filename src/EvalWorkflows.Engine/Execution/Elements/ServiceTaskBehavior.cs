using EvalWorkflows.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Service and send tasks. Arriving only queues a continuation job and commits, so the handler then runs in
/// a transaction of its own: if it throws, the step before it stands and the job is retried, then raises an
/// incident, without losing or repeating anything else. A <see cref="BpmnErrorException"/> is no failure but
/// a BPMN error thrown at the task for the diagram to catch.
/// </summary>
internal sealed class ServiceTaskBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var token = run.Rest(a.Node, a.Scope);
        run.ArmBoundaries(a.Node, token);
        run.AddJob(new JobRecord
        {
            Id = run.Step.NewId(), Kind = JobKind.Continuation, InstanceId = run.Instance.Id, TokenId = token.Id,
            ElementId = a.Node.Id, DueAt = run.Step.Now, CreatedAt = run.Step.Now,
        });
        return Task.CompletedTask;
    }

    public async Task ResumeAsync(InstanceRun run, TokenRecord token, Resumption why)
    {
        var node = run.Graph[token.ElementId];
        run.Current = node;
        var type = node.Property("type")!;
        var handler = run.Step.Services.GetKeyedService<ITaskHandler>(type)
            ?? throw new WorkflowException("HANDLER_MISSING", $"没有注册类型为“{type}”的处理程序。");
        var variables = run.Visible();
        var context = new TaskHandlerContext
        {
            InstanceId = run.Instance.Id, DefinitionKey = run.Instance.DefinitionKey, BusinessKey = run.Instance.BusinessKey,
            ElementId = node.Id, ElementName = node.Name, Properties = node.Properties, Variables = variables,
            Db = run.Step.Db, Now = run.Step.Now, Evaluate = e => run.Evaluate(e),
            Render = text => run.Step.Expressions.Render(text, variables),
            StartProcessAsync = async (key, businessKey, variables) => (await run.Step.StartLatestAsync(key, businessKey, variables)).Instance.Id,
        };
        BpmnErrorException? businessError = null;
        try { await handler.ExecuteAsync(context, run.Step.Cancellation); }
        catch (BpmnErrorException e) { businessError = e; }
        run.WriteBack(variables);
        foreach (var (ev, data) in context.Journal) run.History(ev, node, data);
        if (businessError is not null)
            await ThrownEvents.ThrowAsync(run, Definitions.EventTrigger.Error, businessError.ErrorCode, node, token, null);
        else run.Leave(node, token);
    }
}
