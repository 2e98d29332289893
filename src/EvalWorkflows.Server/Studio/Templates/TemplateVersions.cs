using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Sources;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Templates;

/// <summary>One saved version of a notice template, numbered from 1 per template in the order saved.</summary>
/// <param name="Number">The version's number, from 1 for the template's first saved text.</param>
/// <param name="SavedBy">The user name who saved it.</param>
/// <param name="SavedAt">When it was saved, an instant with offset.</param>
/// <param name="Reason">Why it was saved, as the admin wrote it; null when none was given.</param>
/// <param name="Action">What the save was, in Chinese: 保存, or 恢复第 n 版 for a revert.</param>
public sealed record TemplateVersionInfo(int Number, string SavedBy, DateTimeOffset SavedAt, string? Reason, string? Action);

/// <summary>A running or ended instance whose definition sends a template, to preview it with its variables.</summary>
public sealed record TemplateInstance(Guid Id, string DefinitionKey, string? BusinessKey, DateTimeOffset StartedAt);

/// <summary>
/// Saving, listing and reverting notice template versions, for the API and the studio's pages alike. A save
/// is checked as <c>PUT /api/templates/{name}</c> checks it and adds a version (nothing is overwritten) with its
/// <see cref="StudioChange"/> (who, when, why) in one transaction; "revert" saves an old text as a new version.
/// </summary>
public sealed class TemplateVersions(LegalSourceRegistry sources, TimeProvider time)
{
    /// <summary>
    /// Why an admin's text cannot be saved under a name, as the API and the editor answer it; null when it can.
    /// The text is checked first, so a broken template is reported even before a reason is given; a save without a
    /// reason is refused (<c>REASON_REQUIRED</c>), since every template change is recorded with why.
    /// </summary>
    public ProblemHttpResult? Refusal(string name, string? text, string? reason)
    {
        if (TextRefusal(name, text) is { } refusal) return refusal;
        return StudioChanges.RequireReason(reason) is { } error
            ? NoticeProblems.InvalidField(StudioChanges.ReasonCode(reason), error.Field, error.Detail)
            : null;
    }

    /// <summary>Why a text cannot be a template under a name (name, parse, legal bases); null when it can.</summary>
    public ProblemHttpResult? TextRefusal(string name, string? text)
    {
        if (!NoticeTemplates.IsValidName(name))
            return NoticeProblems.InvalidField("TEMPLATE_NAME_INVALID", "name", "模板名只能由小写字母、数字和连字符组成（不超过 64 个字符）。");
        if (string.IsNullOrWhiteSpace(text))
            return NoticeProblems.InvalidField("TEMPLATE_TEXT_REQUIRED", "text", "模板内容不能为空。");
        var parse = NoticeTemplateFormat.Parse(text);
        if (parse.Template is null) return NoticeProblems.TemplateInvalid(parse.Problems);
        return sources.UnknownKeys(parse.Template.Basis) is { Count: > 0 } unknown ? NoticeProblems.BasisUnknown(unknown) : null;
    }

    /// <summary>Saves a text already checked by <see cref="Refusal"/> as the template's next version.</summary>
    public async Task<(NoticeTemplateVersion Version, int Number)> SaveAsync(DbContext db, string name, string text, string? savedBy, string? reason,
        string action, CancellationToken ct)
    {
        var number = await db.Set<NoticeTemplateVersion>().CountAsync(v => v.Name == name, ct) + 1;
        var version = NoticeTemplates.AddVersion(db, name, text, savedBy ?? "unknown", time.GetUtcNow());
        StudioChanges.Add(db, StudioChangeKinds.Template, name, number, action, version.SavedBy, version.SavedAt, reason);
        await db.SaveChangesAsync(ct);
        return (version, number);
    }

    /// <summary>A template's saved versions, newest first, with why each was saved, one page at a time.</summary>
    public static async Task<Paged<TemplateVersionInfo>> ListAsync(DbContext db, string name, PageQuery page, CancellationToken ct)
    {
        var rows = await db.Set<NoticeTemplateVersion>().AsNoTracking().Where(v => v.Name == name)
            .OrderByDescending(v => v.Id).Select(v => new { v.SavedBy, v.SavedAt }).ToPageAsync(page, ct);
        var first = rows.Total - (page.Number - 1) * page.Size;
        var numbers = Enumerable.Range(0, rows.Items.Count).Select(i => (long)(first - i)).ToList();
        var changes = await db.Set<StudioChange>().AsNoTracking()
            .Where(c => c.Kind == StudioChangeKinds.Template && c.Target == name && numbers.Contains(c.Version!.Value))
            .ToDictionaryAsync(c => c.Version!.Value, ct);
        return new Paged<TemplateVersionInfo>([.. rows.Items.Select((v, i) =>
        {
            var change = changes.GetValueOrDefault(first - i);
            return new TemplateVersionInfo(first - i, v.SavedBy, v.SavedAt, change?.Reason, change?.Action);
        })], rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>Version <paramref name="number"/> (from 1) of a template with its text, or null.</summary>
    public static async Task<(TemplateVersionInfo Info, string Text)?> FindAsync(DbContext db, string name, int number, CancellationToken ct)
    {
        if (number < 1) return null;
        var version = await db.Set<NoticeTemplateVersion>().AsNoTracking().Where(v => v.Name == name)
            .OrderBy(v => v.Id).Skip(number - 1).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var change = await db.Set<StudioChange>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Kind == StudioChangeKinds.Template && c.Target == name && c.Version == number, ct);
        return (new TemplateVersionInfo(number, version.SavedBy, version.SavedAt, change?.Reason, change?.Action), version.Text);
    }

    /// <summary>
    /// The newest instances of the definitions whose notice tasks name the template, so an admin can preview
    /// it with real variables. A definition names a template as <c>ew:template="name"</c> in its XML.
    /// </summary>
    public static async Task<IReadOnlyList<TemplateInstance>> InstancesAsync(DbContext db, string name, int take, CancellationToken ct)
    {
        var attribute = $"template=\"{name}\"";
        var keys = db.Set<DefinitionRecord>().Where(d => d.Xml.Contains(attribute)).Select(d => d.Key).Distinct();
        return await db.Set<InstanceRecord>().AsNoTracking().Where(i => keys.Contains(i.DefinitionKey))
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id).Take(take)
            .Select(i => new TemplateInstance(i.Id, i.DefinitionKey, i.BusinessKey, i.StartedAt)).ToListAsync(ct);
    }
}
