namespace EvalWorkflows.Engine;

/// <summary>Which registered DbContext holds the engine's tables (see WorkflowModel.AddWorkflowEngine).</summary>
public sealed record EngineDbContextType(Type Type);
