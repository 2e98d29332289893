using System.Collections;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// A multi-instance activity as a whole (BPMN 2.0.2 §13.3.7). A body token rests on the activity, holding
/// nrOfInstances, nrOfCompletedInstances and nrOfActiveInstances; under it, one instance token per running
/// instance holds loopCounter and the item (the element variable). The activity itself runs inside an
/// instance token as usual; when it leaves, <see cref="InstanceCompleted"/> counts it instead of following the
/// outgoing flows. Parallel instances all start at once, sequential ones one after another; the body leaves
/// when every instance completed or the completion condition holds, cancelling the instances still running.
/// Boundary events are armed on the body, so they interrupt every instance.
/// </summary>
internal sealed class MultiInstanceBehavior : IElementBehavior
{
    private const string Items = "_items"; // the collection as evaluated on entry, for sequential instances
    private const string Outputs = "_outputs"; // ew:outputElement of each completed instance, by loopCounter

    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        var mi = node.MultiInstance!;
        var items = mi.Collection is { } c ? ItemsOf(run, node, c) : null;
        var count = items?.Count ?? CardinalityOf(run, node, mi.Cardinality!);
        if (count == 0)
        {
            if (mi.OutputCollection is { } name) run.Variables[name] = new List<object?>();
            run.Leave(node, null, a.Scope);
            return Task.CompletedTask;
        }
        if (count > run.Step.Limits.MaxBranches)
            throw new LimitExceededException("TOO_MANY_INSTANCES", node.Id, $"{node} 要执行 {count} 个实例，超过上限 {run.Step.Limits.MaxBranches} 个。");
        var body = run.Rest(node, a.Scope, TokenState.MultiInstanceBody);
        var counters = new Dictionary<string, object?>
        {
            ["nrOfInstances"] = (long)count, ["nrOfCompletedInstances"] = 0L, ["nrOfActiveInstances"] = mi.Sequential ? 1L : (long)count,
        };
        if (mi.Sequential && items is not null) counters[Items] = items;
        if (mi.OutputCollection is not null) counters[Outputs] = Enumerable.Repeat<object?>(null, count).ToList();
        InstanceRun.SetLocals(body, counters);
        run.ArmBoundaries(node, body);
        for (var i = 0; i < (mi.Sequential ? 1 : count); i++) StartInstance(run, node, body, i, items?[i]);
        return Task.CompletedTask;
    }

    private static void StartInstance(InstanceRun run, FlowNode node, TokenRecord body, int index, object? item)
    {
        var instance = run.Rest(node, body.Id, TokenState.MultiInstance);
        var locals = new Dictionary<string, object?> { ["loopCounter"] = (long)index };
        if (node.MultiInstance!.ElementVariable is { } name) locals[name] = item;
        InstanceRun.SetLocals(instance, locals);
        run.Enqueue(node, instance.Id, null);
    }

    /// <summary>One instance's activity left: count it, then finish the body, or start the next sequential instance.</summary>
    public static void InstanceCompleted(InstanceRun run, FlowNode node, TokenRecord instance)
    {
        var body = run.Token(instance.ScopeTokenId)!;
        if (run.IsFinishing(body))
        {
            run.Remove(instance);
            return;
        }
        var counters = InstanceRun.Locals(body);
        var completed = (long)counters["nrOfCompletedInstances"]! + 1;
        var total = (long)counters["nrOfInstances"]!;
        counters["nrOfCompletedInstances"] = completed;
        counters["nrOfActiveInstances"] = (long)counters["nrOfActiveInstances"]! - 1;
        InstanceRun.SetLocals(body, counters);
        var seen = new Dictionary<string, object?>(counters);
        foreach (var (k, v) in InstanceRun.Locals(instance)) seen[k] = v;
        run.Remove(instance);
        var mi = node.MultiInstance!;
        if (mi.OutputElement is { } output) CollectOutput(run, body, counters, seen, output);
        var done = completed >= total || (mi.CompletionCondition is { } cc && run.Condition(cc, seen));
        if (done)
        {
            run.Finish(body, async () =>
            {
                foreach (var rest in run.Tokens.Where(t => t.ScopeTokenId == body.Id).ToList()) await run.CancelAsync(rest);
                if (mi.OutputCollection is { } name) run.Variables[name] = InstanceRun.Locals(body)[Outputs];
                run.Leave(node, body);
            });
            return;
        }
        if (!mi.Sequential) return;
        counters["nrOfActiveInstances"] = 1L;
        InstanceRun.SetLocals(body, counters);
        var items = counters.TryGetValue(Items, out var list) ? (IList)list! : null;
        StartInstance(run, node, body, (int)completed, items?[(int)completed]);
    }

    /// <summary>
    /// The instance's output, read over what it saw (its item, loopCounter, the variables its activity wrote), goes
    /// to its place in the output list; an instance cut short by the completion condition leaves its place empty.
    /// </summary>
    private static void CollectOutput(InstanceRun run, TokenRecord body, Dictionary<string, object?> counters,
        Dictionary<string, object?> seen, string output)
    {
        var outputs = (IList)counters[Outputs]!;
        outputs[Convert.ToInt32(seen["loopCounter"], System.Globalization.CultureInfo.InvariantCulture)] = run.Evaluate(output, seen);
        counters[Outputs] = outputs;
        InstanceRun.SetLocals(body, counters);
    }

    private static List<object?> ItemsOf(InstanceRun run, FlowNode node, string expression) =>
        run.Evaluate(expression) switch
        {
            null => throw new WorkflowException("EXPRESSION_FAILED", $"{node} 的 ew:collection“{expression}”的值为空（变量未定义？）。"),
            string s => throw new WorkflowException("EXPRESSION_FAILED", $"{node} 的 ew:collection“{expression}”是文本“{s}”，不是列表。"),
            IEnumerable e => e.Cast<object?>().ToList(),
            var other => throw new WorkflowException("EXPRESSION_FAILED", $"{node} 的 ew:collection“{expression}”是 {other.GetType().Name}，不是列表。"),
        };

    private static int CardinalityOf(InstanceRun run, FlowNode node, string expression) =>
        run.Evaluate(expression) switch
        {
            int i when i >= 0 => i,
            long l when l is >= 0 and <= int.MaxValue => (int)l,
            string s when int.TryParse(s, out var i) && i >= 0 => i,
            var other => throw new WorkflowException("EXPRESSION_FAILED", $"{node} 的 loopCardinality“{expression}”的值“{other}”不是非负整数。"),
        };
}
