namespace EvalWorkflows.Server.Workflows;

/// <summary>Where the workflow definitions deployed at start-up live (section "Workflows").</summary>
public sealed class WorkflowsOptions
{
    /// <summary>A folder of *.bpmn files; relative paths are taken from the application's directory.</summary>
    public string Path { get; set; } = "workflows";

    public string FullPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);

    /// <summary>
    /// Whether the samples (<c>sample-*.bpmn</c>, for trying the engine out) are deployed too. Unset: only in
    /// Development, so a production server runs nothing but the procedures.
    /// </summary>
    public bool? Samples { get; set; }

    public const string SamplePrefix = "sample-";
}
