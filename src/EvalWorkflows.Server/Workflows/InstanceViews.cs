using System.Text.Json;
using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Server.Workflows;

public sealed record InstanceSummary(
    Guid Id, string DefinitionKey, int Version, string Status, string? BusinessKey,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> ActiveElements);

public sealed record HistoryEntry(string? Element, string? ElementType, string Event, DateTimeOffset At, string? Actor, JsonElement? Data);

public sealed record TimerView(Guid Id, string ElementId, DateTimeOffset DueAt, int RepeatsLeft);

public sealed record SubscriptionView(Guid Id, string ElementId, string MessageName, string? CorrelationKey, DateTimeOffset CreatedAt);

public sealed record IncidentView(
    Guid Id, Guid InstanceId, string ElementId, string Error, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy);

/// <summary>An instance as an auditor inspects it: where it stands, what it waits for, and its journal.</summary>
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
