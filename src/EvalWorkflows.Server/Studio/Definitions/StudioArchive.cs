using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Studio.Changes;
using EvalWorkflows.Server.Studio.Templates;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Definitions;

/// <summary>One file of an archive that cannot be imported, and why.</summary>
/// <param name="File">The file's path inside the archive, e.g. definitions/filing-acceptance/v2.bpmn.</param>
/// <param name="Problem">What is wrong with it, in Chinese.</param>
public sealed record ArchiveProblem(string File, string Problem);

/// <summary>What an import changed.</summary>
/// <param name="Deployed">Each new version made, as key and version, e.g. "filing-acceptance v3".</param>
/// <param name="UnchangedDefinitions">How many definition files were already deployed and so skipped.</param>
/// <param name="SavedTemplates">The notice templates whose text changed and was saved as a new version.</param>
/// <param name="UnchangedTemplates">How many templates already had the archive's text.</param>
public sealed record ArchiveImportResult(IReadOnlyList<string> Deployed, int UnchangedDefinitions,
    IReadOnlyList<string> SavedTemplates, int UnchangedTemplates);

/// <summary>An archive was refused whole: nothing was deployed or saved.</summary>
public sealed class ArchiveInvalidException(IReadOnlyList<ArchiveProblem> problems)
    : Exception($"归档有 {problems.Count} 处问题，未导入任何内容。")
{
    public IReadOnlyList<ArchiveProblem> Problems { get; } = problems;
}

/// <summary>
/// The studio's archive: one .zip with every version of every definition and every notice template's current
/// text, described by <c>manifest.json</c>. Import is all or nothing: every file is checked the way a deploy or
/// a template save checks it before anything is stored. Definitions go through the studio's one deploy path (new
/// versions only, identical XML skipped) and templates through its one save, so each appears in the change record.
/// </summary>
public sealed class StudioArchive(AppDbContext db, WorkflowEngine engine, StudioChanges changes, TemplateVersions templateVersions,
    NoticeTemplates templates, TimeProvider time)
{
    /// <summary>Shipped definitions and templates together are well under a megabyte; twenty is generous.</summary>
    public const long MaxArchiveBytes = 20 * 1024 * 1024;
    /// <summary>The engine's own ceiling on a definition is of the same order; anything larger is not ours.</summary>
    private const long MaxEntryBytes = 4 * 1024 * 1024;
    private const int MaxEntries = 2_000;
    public const string ManifestName = "manifest.json";
    private const string Format = "evalworkflows-studio-archive";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        var definitions = await db.Set<DefinitionRecord>().AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.Version)
            .Select(d => new { d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy, d.Xml }).ToListAsync(ct);
        var texts = (await templates.ListAsync(db, ct)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var manifest = new ArchiveManifest(Format, 1, time.GetUtcNow(),
            [.. definitions.Select(d => new ArchivedDefinition(d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy, DefinitionPath(d.Key, d.Version)))],
            [.. texts.Select(t => new ArchivedTemplate(t.Name, t.SavedBy, t.SavedAt, TemplatePath(t.Name)))]);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, ManifestName, JsonSerializer.Serialize(manifest, Json), ct);
        foreach (var d in definitions) await AddAsync(zip, DefinitionPath(d.Key, d.Version), d.Xml, ct);
        foreach (var t in texts) await AddAsync(zip, TemplatePath(t.Name), t.Text, ct);
    }

    public const string ImportAction = "导入归档";

    /// <summary>
    /// Checks the whole archive, then deploys and saves what differs, each new version recorded with the admin's
    /// <paramref name="reason"/>; refuses it whole on any problem.
    /// </summary>
    public async Task<ArchiveImportResult> ImportAsync(Stream archive, string actor, string reason, CancellationToken ct)
    {
        var (definitions, texts) = await ReadAsync(archive, ct);
        var deployed = new List<string>();
        var unchanged = 0;
        foreach (var key in definitions.GroupBy(d => d.Key))
        {
            var stored = (await db.Set<DefinitionRecord>().Where(d => d.Key == key.Key).Select(d => d.Hash).ToListAsync(ct)).ToHashSet();
            var versions = key.OrderBy(d => d.Version).ToList();
            foreach (var d in versions)
            {
                // A version already stored is history, not news — except the archive's latest, which must end up latest.
                if (d != versions[^1] && stored.Contains(Hash(d.Xml))) { unchanged++; continue; }
                var result = await changes.DeployAsync(d.Xml, actor, reason, ImportAction, ct);
                if (result.Created) deployed.Add($"{result.Key} v{result.Version}"); else unchanged++;
            }
        }
        var saved = new List<string>();
        foreach (var (name, text) in texts)
        {
            if ((await templates.FindAsync(db, name, ct))?.Text == text) continue;
            await templateVersions.SaveAsync(db, name, text, actor, reason, ImportAction, ct);
            saved.Add(name);
        }
        return new ArchiveImportResult(deployed, unchanged, saved, texts.Count - saved.Count);
    }

    private sealed record ArchiveEntry(string Key, int Version, string Xml);

    /// <summary>Reads and checks every file; throws <see cref="ArchiveInvalidException"/> naming each bad one.</summary>
    private async Task<(List<ArchiveEntry> Definitions, List<(string Name, string Text)> Templates)> ReadAsync(Stream archive, CancellationToken ct)
    {
        var problems = new List<ArchiveProblem>();
        ZipArchive zip;
        try { zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException) { throw Refused("（归档）", "不是有效的 .zip 文件。"); }
        using var _ = zip;
        if (zip.Entries.Count > MaxEntries) throw Refused("（归档）", $"文件过多：归档最多包含 {MaxEntries} 个文件。");
        var manifest = await ReadManifestAsync(zip, ct);
        var definitions = new List<ArchiveEntry>();
        foreach (var d in manifest.Definitions ?? [])
        {
            if (await ReadEntryAsync(zip, d.File, problems, ct) is not { } xml) continue;
            var (graph, found) = await engine.CheckAsync(xml, ct);
            problems.AddRange(found.Select(p => new ArchiveProblem(d.File!, string.IsNullOrEmpty(p.ElementId) ? p.Message : $"元素 {p.ElementId}：{p.Message}")));
            if (graph is not null && graph.Key != d.Key)
                problems.Add(new(d.File!, $"文件中的流程键为“{graph.Key}”，清单写的是“{d.Key}”。"));
            if (graph is not null) definitions.Add(new(graph.Key, d.Version, xml));
        }
        var texts = new List<(string, string)>();
        foreach (var t in manifest.Templates ?? [])
        {
            if (await ReadEntryAsync(zip, t.File, problems, ct) is not { } text) continue;
            if (TemplateProblem(t.Name, text) is { } problem) problems.Add(new(t.File!, problem));
            else texts.Add((t.Name!, text));
        }
        if (problems.Count > 0) throw new ArchiveInvalidException(problems);
        return (definitions, texts);
    }

    private static async Task<ArchiveManifest> ReadManifestAsync(ZipArchive zip, CancellationToken ct)
    {
        var problems = new List<ArchiveProblem>();
        var text = await ReadEntryAsync(zip, ManifestName, problems, ct);
        if (text is null) throw new ArchiveInvalidException(problems);
        ArchiveManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<ArchiveManifest>(text, Json); }
        catch (JsonException e) { throw Refused(ManifestName, $"不是有效的 JSON：{e.Message}"); }
        if (manifest?.Format != Format) throw Refused(ManifestName, $"不是流程设计归档（format 应为 {Format}）。");
        return manifest;
    }

    /// <summary>
    /// The checks <c>PUT /api/templates/{name}</c> makes (<see cref="TemplateVersions.Refusal"/>: a valid name, a text
    /// that parses, known legal sources), in the same words, plus the length the API's request shape bounds.
    /// </summary>
    private string? TemplateProblem(string? name, string text)
    {
        if (text.Length > TemplateText.MaxLength) return $"模板内容超过 {TemplateText.MaxLength} 个字符。";
        return templateVersions.TextRefusal(name ?? "", text)?.ProblemDetails.Detail;
    }

    private static async Task<string?> ReadEntryAsync(ZipArchive zip, string? path, List<ArchiveProblem> problems, CancellationToken ct)
    {
        var entry = path is null ? null : zip.GetEntry(path);
        if (entry is null) { problems.Add(new(path ?? "（清单）", "归档中没有这个文件。")); return null; }
        if (entry.Length > MaxEntryBytes) { problems.Add(new(path!, $"文件过大：单个文件不能超过 {MaxEntryBytes / 1024 / 1024} MB。")); return null; }
        await using var stream = await entry.OpenAsync(ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static async Task AddAsync(ZipArchive zip, string path, string text, CancellationToken ct)
    {
        await using var stream = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }

    private static ArchiveInvalidException Refused(string file, string problem) => new([new(file, problem)]);
    private static string DefinitionPath(string key, int version) => $"definitions/{key}/v{version}.bpmn";
    private static string TemplatePath(string name) => $"templates/{name}.sbn";
    /// <summary>The engine's own hash of a definition's XML (<see cref="DefinitionRecord.Hash"/>).</summary>
    private static string Hash(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}
