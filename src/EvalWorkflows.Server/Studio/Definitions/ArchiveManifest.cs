namespace EvalWorkflows.Server.Studio.Definitions;

/// <summary>
/// <c>manifest.json</c> of a studio archive: what the .zip holds and where. Every deployed version of every
/// definition is kept (so an import into an empty system rebuilds the same version history), and the current
/// text of every notice template.
/// </summary>
/// <param name="Format">Always evalworkflows-studio-archive.</param>
/// <param name="FormatVersion">1.</param>
/// <param name="ExportedAt">When the archive was made.</param>
/// <param name="Definitions">Every deployed version, by key then version.</param>
/// <param name="Templates">Every notice template's current text.</param>
public sealed record ArchiveManifest(string? Format, int FormatVersion, DateTimeOffset ExportedAt,
    IReadOnlyList<ArchivedDefinition>? Definitions, IReadOnlyList<ArchivedTemplate>? Templates);

/// <param name="Key">The process key.</param>
/// <param name="Version">The version number where it was exported.</param>
/// <param name="Name">The process's name in that version.</param>
/// <param name="DeployedAt">When that version was deployed where it was exported.</param>
/// <param name="DeployedBy">Who deployed it there.</param>
/// <param name="File">The .bpmn file's path in the archive.</param>
public sealed record ArchivedDefinition(string? Key, int Version, string? Name, DateTimeOffset? DeployedAt, string? DeployedBy, string? File);

/// <param name="Name">The template's name, e.g. filing-correction.</param>
/// <param name="SavedBy">Who saved the text; null for the shipped file.</param>
/// <param name="SavedAt">When the text was saved; null for the shipped file.</param>
/// <param name="File">The .sbn file's path in the archive.</param>
public sealed record ArchivedTemplate(string? Name, string? SavedBy, DateTimeOffset? SavedAt, string? File);
