using System.Text.Json;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Server.Workflows;

/// <summary>A workflow instance in a list.</summary>
/// <param name="Id">The workflow instance's id.</param>
/// <param name="DefinitionKey">The key of the BPMN process it runs, e.g. filing-acceptance.</param>
/// <param name="Version">The version of the process definition it runs.</param>
/// <param name="Status">running, completed or terminated.</param>
/// <param name="BusinessKey">The business record it serves, usually a filing's or plan's id.</param>
/// <param name="StartedAt">When the instance started, an instant with offset.</param>
/// <param name="EndedAt">When it ended, an instant with offset; null while running.</param>
/// <param name="ActiveElements">The ids of the BPMN elements it currently waits in.</param>
public sealed record InstanceSummary(
    Guid Id, string DefinitionKey, int Version, string Status, string? BusinessKey,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> ActiveElements);

/// <summary>One entry of an instance's journal.</summary>
/// <param name="Element">The id of the BPMN element the event concerns, if any.</param>
/// <param name="ElementType">The element's BPMN type, e.g. userTask.</param>
/// <param name="Event">What happened, e.g. element-entered or task-completed.</param>
/// <param name="At">When it happened, an instant with offset.</param>
/// <param name="Actor">The user name who caused it; null for the engine.</param>
/// <param name="Data">The event's details as JSON, if any.</param>
public sealed record HistoryEntry(string? Element, string? ElementType, string Event, DateTimeOffset At, string? Actor, JsonElement? Data);

/// <summary>A pending timer of an instance.</summary>
/// <param name="Id">The timer's id.</param>
/// <param name="ElementId">The id of the BPMN timer event.</param>
/// <param name="DueAt">When the timer fires, an instant with offset.</param>
/// <param name="RepeatsLeft">How many more times a cycle timer fires after this one (0 for a one-off timer).</param>
public sealed record TimerView(Guid Id, string ElementId, DateTimeOffset DueAt, int RepeatsLeft);

/// <summary>A message an instance waits for.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="ElementId">The id of the BPMN element waiting for the message.</param>
/// <param name="MessageName">The name of the message awaited, e.g. filing-resubmitted.</param>
/// <param name="CorrelationKey">The key a message must carry to reach this instance, usually the business key.</param>
/// <param name="CreatedAt">When the instance began waiting, an instant with offset.</param>
public sealed record SubscriptionView(Guid Id, string ElementId, string MessageName, string? CorrelationKey, DateTimeOffset CreatedAt);

/// <summary>A failure that stopped an instance until someone retries it.</summary>
/// <param name="Id">The incident's id.</param>
/// <param name="InstanceId">The id of the instance that failed.</param>
/// <param name="ElementId">The id of the BPMN element that failed.</param>
/// <param name="Error">The error that stopped the instance.</param>
/// <param name="RaisedAt">When the incident was raised, an instant with offset.</param>
/// <param name="ResolvedAt">When it was resolved by a retry, an instant with offset; null while open.</param>
/// <param name="ResolvedBy">The user name who retried it; null while open.</param>
public sealed record IncidentView(
    Guid Id, Guid InstanceId, string ElementId, string Error, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy);

/// <summary>An instance as an auditor inspects it: where it stands, what it waits for, and its journal.</summary>
/// <param name="Id">The workflow instance's id.</param>
/// <param name="DefinitionKey">The key of the BPMN process it runs, e.g. filing-acceptance.</param>
/// <param name="Version">The version of the process definition it runs.</param>
/// <param name="Status">running, completed or terminated.</param>
/// <param name="BusinessKey">The business record it serves, usually a filing's or plan's id.</param>
/// <param name="StartedAt">When the instance started, an instant with offset.</param>
/// <param name="EndedAt">When it ended, an instant with offset; null while running.</param>
/// <param name="StartedBy">The user name who started it; null for the system.</param>
/// <param name="ActiveElements">The ids of the BPMN elements it currently waits in.</param>
/// <param name="Variables">The instance's variables as a JSON object.</param>
/// <param name="History">The instance's journal, oldest first.</param>
/// <param name="OpenTasks">Its user tasks not yet completed.</param>
/// <param name="Timers">Its pending timers.</param>
/// <param name="Subscriptions">The messages it waits for.</param>
/// <param name="Incidents">Its incidents, open and resolved.</param>
public sealed record InstanceDetail(
    Guid Id, string DefinitionKey, int Version, string Status, string? BusinessKey,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? StartedBy, IReadOnlyList<string> ActiveElements,
    JsonElement Variables, IReadOnlyList<HistoryEntry> History, IReadOnlyList<TaskView> OpenTasks,
    IReadOnlyList<TimerView> Timers, IReadOnlyList<SubscriptionView> Subscriptions, IReadOnlyList<IncidentView> Incidents);

public static class InstanceViews
{
    /// <summary>Status as the API spells it (and accepts it in ?status=): running, completed, terminated.</summary>
    public static string Name(this InstanceStatus status) => status.ToString().ToLowerInvariant();

    public static JsonElement? ParseJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonDocument.Parse(json).RootElement.Clone();

    public static IncidentView ToView(this IncidentRecord i) =>
        new(i.Id, i.InstanceId, i.ElementId, i.Error, i.RaisedAt, i.ResolvedAt, i.ResolvedBy);
}
