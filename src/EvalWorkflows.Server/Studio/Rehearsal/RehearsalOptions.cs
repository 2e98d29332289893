using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>Limits of the studio's rehearsal sandboxes (section "Studio:Rehearsals").</summary>
public sealed class RehearsalOptions
{
    public const string Section = "Studio:Rehearsals";

    /// <summary>Sandboxes open at once; each holds a database file and an engine, so a runaway page cannot fill the disk.</summary>
    [Range(1, 100)] public int MaxSandboxes { get; set; } = 8;

    /// <summary>A sandbox nobody has used for this long is discarded with its database file.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where sandbox databases live; the system's temporary folder when empty.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// The clock rehearsal idleness is measured on: the system's, even when the app runs on a manual clock, since it
/// is about people away from the page, not the rehearsed calendar. Its own type so tests can put a manual one in.
/// </summary>
public sealed record RehearsalIdleClock(TimeProvider Time);
