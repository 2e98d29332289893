namespace EvalWorkflows.Server.Data;

/// <summary>Start-up behaviour of the database (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Create an empty database even though the marker beside the file says one existed there (the file was lost
    /// and is not coming back). Also set by the <c>--init</c> switch.
    /// </summary>
    public bool Init { get; set; }

    /// <summary>Turns the bare <c>--init</c> switch into <c>--Database:Init=true</c> for the configuration.</summary>
    public static string[] ExpandSwitches(string[] args) =>
        [.. args.Select(a => a == "--init" ? $"--{Section}:{nameof(Init)}=true" : a)];
}
