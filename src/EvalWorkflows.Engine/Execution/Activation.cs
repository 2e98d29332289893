using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Engine.Execution;

/// <summary>A token in flight: arriving at a node, within a scope (the sub-process token, or null), by a flow.</summary>
internal sealed record Activation(FlowNode Node, Guid? Scope, SequenceFlow? Via);
