using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Sources;

/// <summary>A key resolved to its source and part.</summary>
public sealed record SourceCitation(LegalSource Source, SourcePart Part);

/// <summary>
/// The legal sources in force: the newest version of each code in the database (seeded from the shipped file at
/// start-up, edited by admins). A snapshot is held in memory so renders and JSON output can cite synchronously;
/// it is reloaded at start-up and whenever a source is saved here.
/// </summary>
public sealed partial class LegalSourceRegistry
{
    private volatile Snapshot _snapshot = new([], 0);

    /// <summary>A basis names one key or several, separated by ；or ;.</summary>
    [GeneratedRegex("[；;]")]
    private static partial Regex KeySeparator();

    public IReadOnlyList<LegalSource> Sources => _snapshot.Sources;

    public static IReadOnlyList<string> Keys(string? basis) => string.IsNullOrWhiteSpace(basis) ? [] :
        KeySeparator().Split(basis).Select(k => k.Trim()).Where(k => k.Length > 0).ToList();

    public SourceCitation? Find(string key) => _snapshot.Parts.GetValueOrDefault(key.Trim());

    public LegalSource? FindSource(string code) => _snapshot.Sources.FirstOrDefault(s => s.Code == code);

    /// <summary>The keys of <paramref name="basis"/> the registry does not know.</summary>
    public IReadOnlyList<string> UnknownKeys(string? basis) => Keys(basis).Where(k => Find(k) is null).ToList();

    /// <summary>The basis in full Chinese citation form (see <see cref="CitationWriter"/>); null for none.</summary>
    public string? Cite(string? basis) => string.IsNullOrWhiteSpace(basis) ? null : new CitationWriter(this).Cite(basis);

    /// <summary>The citation by the sources' short titles, for a row of a list.</summary>
    public string? CiteShort(string? basis) =>
        string.IsNullOrWhiteSpace(basis) ? null : new CitationWriter(this, shortForms: true).Cite(basis);

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.Set<LegalSourceVersion>().AsNoTracking()
            .Where(v => v.Id == db.Set<LegalSourceVersion>().Where(w => w.Code == v.Code).Max(w => w.Id))
            .ToListAsync(cancellationToken);
        _snapshot = new(newest.Select(v => Deserialize(v.Document)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList(),
            newest.Count == 0 ? 0 : newest.Max(v => v.Id));
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web);

    internal static string Serialize(LegalSource source) => JsonSerializer.Serialize(source, Json);

    internal static LegalSource Deserialize(string json) => JsonSerializer.Deserialize<LegalSource>(json, Json)
        ?? throw new InvalidOperationException("A stored legal source is empty.");

    /// <summary>The newest stored version id the registry includes (0: none loaded yet).</summary>
    public long Version => _snapshot.Version;

    private sealed class Snapshot(IReadOnlyList<LegalSource> sources, long version)
    {
        public long Version { get; } = version;
        public IReadOnlyList<LegalSource> Sources { get; } = sources;
        public IReadOnlyDictionary<string, SourceCitation> Parts { get; } = sources
            .SelectMany(s => s.Parts.Select(p => new SourceCitation(s, p)))
            .GroupBy(c => c.Part.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
