namespace EvalWorkflows.Server.Notices;

/// <summary>
/// A notice template as an admin saved it. The newest version of a name overrides the shipped file; older
/// versions stay, so an auditor can tell which wording a notice was rendered from at the time.
/// </summary>
public sealed class NoticeTemplateVersion
{
    public long Id { get; private init; }
    public required string Name { get; init; }
    public required string Text { get; init; }
    public required string SavedBy { get; init; }
    public required DateTimeOffset SavedAt { get; init; }
}
