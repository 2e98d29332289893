using System.Text.Json;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>Reads a sandbox's engine tables into what the admin sees: open tasks, armed timers, waits and the timeline.</summary>
internal static class RehearsalTimeline
{
    public static async Task<RehearsalState> ReadAsync(RehearsalSandbox sandbox, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var cache = services.GetRequiredService<DefinitionCache>();
        var instances = await db.Set<InstanceRecord>().AsNoTracking().ToListAsync(ct);
        var definitionIds = instances.Select(i => i.DefinitionId).Distinct().ToList();
        var graphs = (await db.Set<DefinitionRecord>().AsNoTracking().Where(d => definitionIds.Contains(d.Id)).ToListAsync(ct))
            .ToDictionary(d => d.Id, cache.Get);
        var graphOf = instances.ToDictionary(i => i.Id, i => graphs[i.DefinitionId]);
        Dictionary<(Guid, string), string?> taskNames = [];
        string? NameOf(Guid instanceId, string? elementId) =>
            elementId is null ? null
            : taskNames.TryGetValue((instanceId, elementId), out var taskName) ? taskName
            : graphOf.TryGetValue(instanceId, out var g) && g.Nodes.TryGetValue(elementId, out var n) ? n.Name ?? n.Id : elementId;

        var root = instances.First(i => i.Id == sandbox.InstanceId);
        var allTasks = (await db.Set<UserTaskRecord>().AsNoTracking().ToListAsync(ct)).OrderBy(t => t.CreatedAt).ToList();
        var tasks = allTasks.Where(t => t.Status == TaskStatus.Open).Select(t => Task(t, graphOf[t.InstanceId])).ToList();
        // A task's name is a template ("形式审查：{{ institution_name }}"); the journal shows it as the task had it.
        taskNames = allTasks.GroupBy(t => (t.InstanceId, t.ElementId)).ToDictionary(g => g.Key, g => g.Last().Name);
        var timers = (await db.Set<JobRecord>().AsNoTracking().Where(j => j.Kind == JobKind.Timer && !j.Suspended).ToListAsync(ct))
            .OrderBy(j => j.DueAt).Select(j => new RehearsalTimer(j.ElementId, NameOf(j.InstanceId!.Value, j.ElementId), j.DueAt, ChineseDates.DeadlineTime(j.DueAt))).ToList();
        var waits = (await db.Set<SubscriptionRecord>().AsNoTracking().Where(s => s.InstanceId != null && s.Kind == SubscriptionKind.Message).ToListAsync(ct))
            .Select(s => new RehearsalWait(s.ElementId, NameOf(s.InstanceId!.Value, s.ElementId), s.MessageName)).ToList();
        var incidents = (await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.ResolvedAt == null).ToListAsync(ct))
            .Select(i => new RehearsalIncident(i.ElementId, i.Error)).ToList();
        var history = await db.Set<HistoryRecord>().AsNoTracking().OrderBy(h => h.Id).ToListAsync(ct);
        var timeline = history.Select(h => Entry(h, NameOf(h.InstanceId, h.ElementId), graphOf.TryGetValue(h.InstanceId, out var g) ? g : null))
            .OfType<RehearsalEntry>().ToList();
        var variables = ScriptValues.ParseJson(root.VariablesJson).ToDictionary(v => v.Key, v => ScriptValues.ToPlain(v.Value));
        var now = sandbox.Clock.GetUtcNow();
        return new RehearsalState(sandbox.Id, sandbox.DefinitionKey, graphOf[root.Id].Name, now, ChineseDates.DateTime(now),
            root.Status.Name(), StatusText(root.Status), variables, tasks, timers, waits, incidents, timeline);
    }

    private static string StatusText(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => "办理中",
        InstanceStatus.Completed => "已结束",
        _ => "已终止",
    };

    private static RehearsalTask Task(UserTaskRecord t, ProcessGraph graph)
    {
        var outcomes = t.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(o => new RehearsalChoice(o, TaskForms.OutcomeText(o))).ToList();
        var fields = TaskForms.FieldsOf(graph.Nodes.TryGetValue(t.ElementId, out var node) ? node.Property("fields") : null)
            .Select(f => new RehearsalField(f.Name, f.Label, f.Hint, f.Kind is TaskFieldKind.Lines or TaskFieldKind.CorrectionItems)).ToList();
        return new RehearsalTask(t.Id, t.ElementId, t.Name, t.CandidateRole, t.DueAt,
            t.DueAt is { } due ? ChineseDates.DeadlineTime(due) : null, outcomes, fields);
    }

    /// <summary>A journal row as a line of the timeline; rows that say nothing to an admin (a gateway passed) are left out.</summary>
    private static RehearsalEntry? Entry(HistoryRecord h, string? name, ProcessGraph? graph)
    {
        using var data = JsonDocument.Parse(h.DataJson ?? "{}");
        var d = data.RootElement.ValueKind == JsonValueKind.Object ? data.RootElement : default;
        string? S(string p) => d.ValueKind == JsonValueKind.Object && d.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        RehearsalEntry Line(string kind, string title, string? detail = null, RehearsalNotice? notice = null) =>
            new(h.At, ChineseDates.DateTime(h.At), kind, title, detail, notice);
        var isUserTask = h.ElementType?.EndsWith("userTask", StringComparison.Ordinal) == true;
        return h.Event switch
        {
            HistoryEvents.InstanceStarted => Line("start", $"流程开始：{graph?.Name ?? name}"),
            HistoryEvents.ElementEntered when isUserTask => Line("task", $"任务开始：{name}"),
            HistoryEvents.TaskCompleted => Line("task-done", $"任务办结：{name}", S("outcome") is { } o ? $"办理结果：{TaskForms.OutcomeText(o)}" : null),
            HistoryEvents.TimerFired => Line("timer", $"定时器触发：{name}"),
            HistoryEvents.MessageCorrelated => Line("message", $"收到消息：{name}", S("message")),
            RehearsalEvents.Notice => Line("notice", $"通知：{S("subject")}", $"模板 {S("template")}", Notice(d)),
            RehearsalEvents.StandIn => Line("stand-in", $"{S("label")}（排练替身）", S("would")),
            HistoryEvents.HandlerFailed => Line("failure", $"步骤失败，将重试：{name}", S("error")),
            HistoryEvents.IncidentRaised => Line("incident", $"故障：{name}", S("error")),
            HistoryEvents.InstanceCompleted => Line("end", $"流程结束：{graph?.Name}"),
            HistoryEvents.InstanceTerminated => Line("end", $"流程终止：{graph?.Name}"),
            _ => null,
        };
    }

    private static RehearsalNotice Notice(JsonElement d) => new(
        d.GetProperty("template").GetString() ?? "",
        d.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.Array ? to.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [],
        d.GetProperty("subject").GetString() ?? "", d.GetProperty("text").GetString() ?? "");
}
