using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Execution.Elements;

/// <summary>
/// Opens a human task (candidate role, assignee, form key, outcomes, due date from ew: attributes) and waits
/// until someone completes it.
/// </summary>
internal sealed class UserTaskBehavior : IElementBehavior
{
    public Task EnterAsync(InstanceRun run, Activation a)
    {
        var node = a.Node;
        var token = run.Rest(node, a.Scope);
        var visible = run.Visible();
        var task = new UserTaskRecord
        {
            Id = run.Step.NewId(), InstanceId = run.Instance.Id, TokenId = token.Id, ElementId = node.Id,
            Name = node.Name is { } n ? run.Step.Expressions.Render(n, visible) : node.Id,
            DefinitionKey = run.Instance.DefinitionKey, BusinessKey = run.Instance.BusinessKey,
            CandidateRole = node.Property("candidateRole"),
            Assignee = node.Property("assignee") is { } who ? run.Step.Expressions.Render(who, visible) : null,
            FormKey = node.Property("formKey"), Outcomes = node.Property("outcomes") ?? "", Basis = node.Property("basis"),
            DueAt = node.Property("dueDate") is { } due ? run.EvaluateInstant(node, due) : null,
            CreatedAt = run.Step.Now, Status = TaskStatus.Open,
        };
        TaskDue.Store(run, node, task.DueAt);
        run.OpenTasks.Add(task);
        run.Step.Db.Add(task);
        run.ArmBoundaries(node, token);
        return Task.CompletedTask;
    }

    public Task ResumeAsync(InstanceRun run, TokenRecord token, Resumption why)
    {
        var (task, outcome, data) = (TaskCompleted)why;
        var node = run.Graph[task.ElementId];
        var offered = OutcomeList(task);
        if (offered.Length > 0 && (outcome is null || !offered.Contains(outcome)))
            throw new WorkflowException("INVALID_OUTCOME",
                $"结果“{outcome}”不是此任务可选的结果（可选：{string.Join("、", offered)}）。", "outcome");
        CheckFields(node, data);
        task.Status = TaskStatus.Completed;
        task.CompletedAt = run.Step.Now;
        task.CompletedBy = run.Step.Actor;
        task.Outcome = outcome;
        task.DataJson = data is null ? null : Expressions.ScriptValues.ToJson(data);
        task.Revision++;
        run.OpenTasks.Remove(task);
        run.SetVariables(data);
        if (outcome is not null) run.Variables["outcome"] = outcome;
        run.History(HistoryEvents.TaskCompleted, node, new { taskId = task.Id, outcome, data = Expressions.ScriptValues.ToPlain(data) });
        run.Leave(node, token);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A task whose model declares its form fields (<c>ew:fields</c>) accepts only those, so completing it can
    /// never overwrite the variables the rest of the process relies on (ids, addresses, deadlines). Without the
    /// declaration, any field is accepted, as plain BPMN expects.
    /// </summary>
    private static void CheckFields(Definitions.FlowNode node, IDictionary<string, object?>? data)
    {
        if (data is null || node.Property("fields") is not { } declared) return;
        var allowed = declared.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        foreach (var key in data.Keys.Where(k => !allowed.Contains(k)))
            throw new WorkflowException("INVALID_FIELD",
                allowed.Count == 0 ? $"此任务不接受表单字段（收到“{key}”）。" : $"此任务不接受字段“{key}”（可填写：{string.Join("、", allowed)}）。", key);
    }

    public static string[] OutcomeList(UserTaskRecord task) =>
        task.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
