using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Notices;

public enum TemplateOrigin { File, Database }

/// <summary>The text of a template in force, and where it comes from.</summary>
public sealed record TemplateSource(string Name, string Text, TemplateOrigin Origin, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>
/// The notice templates in force: the newest version an admin saved, else the shipped file. Reads go through
/// the caller's DbContext, so a send task sees the wording of its own transaction's moment. Parsed templates
/// are cached by their text.
/// </summary>
public sealed partial class NoticeTemplates(NoticeTemplateFiles files)
{
    private readonly ConcurrentDictionary<string, NoticeTemplate> _parsed = new(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    public async Task<TemplateSource?> FindAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        var saved = await db.Set<NoticeTemplateVersion>().AsNoTracking()
            .Where(v => v.Name == name).OrderByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (saved is not null) return new(name, saved.Text, TemplateOrigin.Database, saved.SavedBy, saved.SavedAt);
        return files.Find(name) is { } text ? new(name, text, TemplateOrigin.File, null, null) : null;
    }

    public async Task<IReadOnlyList<TemplateSource>> ListAsync(DbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.Set<NoticeTemplateVersion>().AsNoTracking()
            .Where(v => v.Id == db.Set<NoticeTemplateVersion>().Where(w => w.Name == v.Name).Max(w => w.Id))
            .ToListAsync(cancellationToken);
        var saved = newest.ToDictionary(v => v.Name, v => new TemplateSource(v.Name, v.Text, TemplateOrigin.Database, v.SavedBy, v.SavedAt));
        var shipped = files.Texts.Where(f => !saved.ContainsKey(f.Key))
            .Select(f => new TemplateSource(f.Key, f.Value, TemplateOrigin.File, null, null));
        return [.. saved.Values.Concat(shipped).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Adds a version without saving: the caller commits it.</summary>
    public static NoticeTemplateVersion AddVersion(DbContext db, string name, string text, string savedBy, DateTimeOffset now)
    {
        var version = new NoticeTemplateVersion { Name = name, Text = text, SavedBy = savedBy, SavedAt = now };
        db.Set<NoticeTemplateVersion>().Add(version);
        return version;
    }

    /// <summary>The parsed form of a text known to parse (it was checked when shipped or saved).</summary>
    public NoticeTemplate Parse(string text) => _parsed.GetOrAdd(text, t => NoticeTemplateFormat.Parse(t).Template
        ?? throw new InvalidOperationException("A stored notice template no longer parses."));
}
