namespace EvalWorkflows.Engine.Persistence;

/// <summary>The kinds of rows the engine writes in the history journal; hosts add their own through handlers.</summary>
public static class HistoryEvents
{
    public const string InstanceStarted = "instance-started";
    public const string InstanceCompleted = "instance-completed";
    public const string InstanceTerminated = "instance-terminated";
    public const string ElementEntered = "element-entered";
    public const string ElementLeft = "element-left";
    public const string ElementCancelled = "element-cancelled";
    public const string TaskCompleted = "task-completed";
    public const string TaskClaimed = "task-claimed";
    public const string TaskReleased = "task-released";
    public const string TimerFired = "timer-fired";
    public const string MessageCorrelated = "message-correlated";
    public const string IncidentRaised = "incident-raised";
    public const string IncidentResolved = "incident-resolved";
    public const string HandlerFailed = "handler-failed";
    /// <summary>An expression's answer is uncertain (e.g. a deadline counted without official calendar data).</summary>
    public const string ExpressionWarning = "expression-warning";
    public const string DeadlinesRecomputed = "deadlines-recomputed";
    /// <summary>A BPMN error or escalation was thrown (data: kind, code, and who caught it, if anyone).</summary>
    public const string EventThrown = "event-thrown";
    /// <summary>A signal was broadcast (data: name, how many waits it reached).</summary>
    public const string SignalBroadcast = "signal-broadcast";
    public const string SignalReceived = "signal-received";
    /// <summary>Variables corrected from outside the process (<see cref="WorkflowEngine.SetVariablesAsync"/>).</summary>
    public const string VariablesSet = "variables-set";
}
