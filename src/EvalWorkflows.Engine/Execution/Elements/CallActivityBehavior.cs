using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Starts the latest version of the called process as a child instance (same business key) with the ew:in
/// mappings, waits for it, then copies the ew:out mappings back. Without mappings, all variables are passed
/// in and none are copied back.
/// </summary>
internal sealed class CallActivityBehavior : IElementBehavior
{
    public async Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        var token = run.Rest(node, a.Scope);
        run.ArmBoundaries(node, token);
        if (await run.Step.CallDepthAsync(run.Instance) + 1 > run.Step.Limits.MaxCallDepth)
            throw new LimitExceededException("CALL_DEPTH_EXCEEDED", node.Id,
                $"{node} 的调用层级超过 {run.Step.Limits.MaxCallDepth} 层（流程可能在循环调用自身），本次操作未生效。");
        var inputs = node.Inputs.Count == 0
            ? new Dictionary<string, object?>(run.Visible())
            : node.Inputs.ToDictionary(m => m.Target, m => run.Evaluate(m.Source));
        await run.Step.StartLatestAsync(node.CalledElement!, run.Instance.BusinessKey, inputs, run.Instance.Id, token.Id);
    }

    public Task ResumeAsync(InstanceRun parent, TokenRecord token, Resumption why)
    {
        var child = ((ChildCompleted)why).Child;
        var node = parent.Graph[token.ElementId];
        foreach (var m in node.Outputs) parent.Variables[m.Target] = child.Evaluate(m.Source);
        parent.Leave(node, token);
        return Task.CompletedTask;
    }

    /// <summary>Interrupting the call activity terminates the child instance it is waiting for.</summary>
    public async Task CancelAsync(InstanceRun run, TokenRecord token)
    {
        var childId = await run.Step.Db.Set<InstanceRecord>()
            .Where(i => i.ParentTokenId == token.Id && i.Status == InstanceStatus.Running)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(run.Step.Cancellation);
        if (childId is null) return;
        var child = await run.Step.LoadRunAsync(childId.Value);
        if (!child.Finished) await child.EndAsync(InstanceStatus.Terminated, new { reason = "parent-interrupted" });
    }
}
