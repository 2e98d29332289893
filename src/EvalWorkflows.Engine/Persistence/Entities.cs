namespace EvalWorkflows.Engine.Persistence;

/// <summary>One deployed version of a BPMN process; the XML is kept verbatim so the studio can reopen it.</summary>
public sealed class DefinitionRecord
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string Xml { get; set; }
    /// <summary>SHA-256 of the XML: re-deploying identical XML is a no-op.</summary>
    public required string Hash { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    public string? DeployedBy { get; set; }
}

public enum InstanceStatus { Running, Completed, Terminated }

public sealed class InstanceRecord
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public int Version { get; set; }
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public string VariablesJson { get; set; } = "{}";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? StartedBy { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public Guid? ParentTokenId { get; set; }
    /// <summary>Optimistic concurrency: every command bumps it, so two nodes can never both advance one step.</summary>
    public long Revision { get; set; }
}

/// <summary>
/// Waiting: on a task or event. Joining: at a join. Scope: a sub-process others run in. MultiInstanceBody: a
/// multi-instance activity as a whole (its counters in <see cref="TokenRecord.LocalsJson"/>). MultiInstance:
/// one of its instances (its loopCounter and item), in which the activity itself runs.
/// </summary>
public enum TokenState { Waiting, Joining, Scope, MultiInstanceBody, MultiInstance }

/// <summary>A token resting in a wait state (task, catch event, sub-process scope, parallel join).</summary>
public sealed class TokenRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    /// <summary>The sub-process token whose scope this token runs in; null at process level.</summary>
    public Guid? ScopeTokenId { get; set; }
    public TokenState State { get; set; }
    /// <summary>For a token waiting at a parallel join: the flow it arrived by.</summary>
    public string? ArrivedVia { get; set; }
    /// <summary>
    /// Variables seen only by what runs in this token's scope, as a JSON object (a multi-instance's loopCounter
    /// and item, its nrOf… counters); null for most tokens.
    /// </summary>
    public string? LocalsJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum TaskStatus { Open, Completed, Cancelled }

public sealed class UserTaskRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid TokenId { get; set; }
    public required string ElementId { get; set; }
    public string? Name { get; set; }
    public required string DefinitionKey { get; set; }
    public string? BusinessKey { get; set; }
    public string? CandidateRole { get; set; }
    public string? Assignee { get; set; }
    public string? FormKey { get; set; }
    /// <summary>Outcomes the model offers, comma-separated (from ew:outcomes or the outgoing gateway).</summary>
    public string Outcomes { get; set; } = "";
    public string? Basis { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public TaskStatus Status { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? DataJson { get; set; }
    /// <summary>Guards against two clerks completing the same task at once.</summary>
    public long Revision { get; set; }
}

/// <summary>
/// What a job does when it falls due: fire a timer, run a service task's handler, start an instance at a timer
/// start event, or enter again an element whose entry failed in a user's command (made due by an incident retry).
/// </summary>
public enum JobKind { Timer, Continuation, StartTimer, Reentry }

/// <summary>Work due at an instant: a BPMN timer, or a service task run as its own step (retried on failure).</summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }
    public JobKind Kind { get; set; }
    public Guid? InstanceId { get; set; }
    public Guid? TokenId { get; set; }
    public Guid? DefinitionId { get; set; }
    public required string ElementId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>For cycles: repetitions left after this one (-1 = unbounded) and the ISO 8601 interval.</summary>
    public int RepeatsLeft { get; set; }
    public string? Interval { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the last retry failed: the job waits for an admin to retry its incident.</summary>
    public bool Suspended { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Revision { get; set; }
}

public enum SubscriptionKind { Message, Signal }

/// <summary>
/// A wait for a message (delivered to one waiting instance by name and correlation key) or a signal (broadcast
/// by name to every wait).
/// </summary>
public sealed class SubscriptionRecord
{
    public Guid Id { get; set; }
    public SubscriptionKind Kind { get; set; }
    public Guid? InstanceId { get; set; }
    public Guid? TokenId { get; set; }
    /// <summary>Set for message start events, which have no instance yet.</summary>
    public Guid? DefinitionId { get; set; }
    public required string ElementId { get; set; }
    /// <summary>The message's name, or the signal's.</summary>
    public required string MessageName { get; set; }
    public string? CorrelationKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Append-only journal row. Never updated, never deleted.</summary>
public sealed class HistoryRecord
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Event { get; set; }
    public string? ElementId { get; set; }
    public string? ElementType { get; set; }
    public string? Actor { get; set; }
    public string? DataJson { get; set; }
}

public sealed class IncidentRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid JobId { get; set; }
    public required string ElementId { get; set; }
    public required string Error { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
}
