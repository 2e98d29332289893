using System.Text.RegularExpressions;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>One line of an instance's timeline as people read it: when, who, what happened, where.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? Actor, string Event, string? Element, string? Detail);

/// <summary>
/// An instance's deployed graph and its history journal, read for the task and instance pages: element names
/// come from the BPMN (templates such as "{{ institution_name }}" dropped), events in Chinese.
/// </summary>
public sealed partial class InstanceJournal(AppDbContext db, DefinitionCache definitions)
{
    private static readonly Dictionary<string, string> Events = new()
    {
        [HistoryEvents.InstanceStarted] = "流程开始", [HistoryEvents.InstanceCompleted] = "流程结束",
        [HistoryEvents.InstanceTerminated] = "流程终止", [HistoryEvents.ElementEntered] = "进入",
        [HistoryEvents.ElementLeft] = "完成", [HistoryEvents.ElementCancelled] = "取消",
        [HistoryEvents.TaskCompleted] = "办结任务", [HistoryEvents.TaskClaimed] = "认领任务",
        [HistoryEvents.TaskReleased] = "退回任务", [HistoryEvents.TimerFired] = "定时器到期",
        [HistoryEvents.MessageCorrelated] = "收到消息", [HistoryEvents.IncidentRaised] = "出现故障",
        [HistoryEvents.IncidentResolved] = "故障已处理", [HistoryEvents.HandlerFailed] = "处理失败",
        [EvalWorkflows.Server.Notices.NoticeTaskHandler.QueuedEvent] = "通知已排队发送", [HistoryEvents.ExpressionWarning] = "表达式警告",
        [HistoryEvents.DeadlinesRecomputed] = "重算期限", [HistoryEvents.VariablesSet] = "更正流程数据",
        ["filing-received"] = "收到备案申请", ["calendar-warning"] = "工作日历提示",
        [HistoryEvents.EventThrown] = "抛出错误或升级", [HistoryEvents.SignalBroadcast] = "广播信号",
        [HistoryEvents.SignalReceived] = "收到信号",
    };

    public async Task<ProcessGraph> GraphAsync(InstanceRecord instance, CancellationToken ct) =>
        definitions.Get(await db.Set<DefinitionRecord>().AsNoTracking().FirstAsync(d => d.Id == instance.DefinitionId, ct));

    public async Task<string> XmlAsync(InstanceRecord instance, CancellationToken ct) =>
        await db.Set<DefinitionRecord>().Where(d => d.Id == instance.DefinitionId).Select(d => d.Xml).FirstAsync(ct);

    public async Task<List<HistoryRecord>> HistoryAsync(Guid instanceId, CancellationToken ct) =>
        await db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id).ToListAsync(ct);

    /// <summary>The timeline without the engine's bookkeeping of entering and leaving gateways and events.</summary>
    public static List<TimelineEntry> Timeline(ProcessGraph graph, IEnumerable<HistoryRecord> history) =>
        history.Where(h => !(h.Event is HistoryEvents.ElementEntered or HistoryEvents.ElementLeft
                && h.ElementId is { } id && graph.Nodes.TryGetValue(id, out var n) && !n.IsActivity))
            .Select(h => new TimelineEntry(h.At, h.Actor, Events.GetValueOrDefault(h.Event, h.Event),
                h.ElementId is { } e ? ElementName(graph, e) : null, Describe(h)))
            .ToList();

    /// <summary>The outcome of a completed task, the error of an incident; other rows need no detail.</summary>
    private static string? Describe(HistoryRecord h)
    {
        if (h.DataJson is null) return null;
        using var json = System.Text.Json.JsonDocument.Parse(h.DataJson);
        var root = json.RootElement;
        if (root.ValueKind != System.Text.Json.JsonValueKind.Object) return null;
        return h.Event switch
        {
            HistoryEvents.TaskCompleted when root.TryGetProperty("outcome", out var o) && o.GetString() is { } outcome
                => "结果：" + TaskForms.OutcomeText(outcome),
            HistoryEvents.IncidentRaised or HistoryEvents.HandlerFailed when root.TryGetProperty("error", out var e) => e.ToString(),
            "calendar-warning" when root.TryGetProperty("warning", out var w) => w.ToString(),
            HistoryEvents.VariablesSet when root.TryGetProperty("names", out var names) => string.Join("、", names.EnumerateArray()),
            _ => null,
        };
    }

    public static string ElementName(ProcessGraph graph, string elementId) =>
        graph.Nodes.TryGetValue(elementId, out var node) && node.Name is { } name && Plain(name) is { Length: > 0 } plain
            ? plain : elementId;

    private static string Plain(string name) => Template().Replace(name, "").Trim().TrimEnd('：', ':').Trim();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Template();
}
