using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Templates.Pages;

/// <summary>One notice template as the studio lists it: its latest version number (0 for the shipped file) and who saved it.</summary>
public sealed record TemplateRow(string Name, string? Title, int Version, string? SavedBy, DateTimeOffset? SavedAt);

/// <summary>通知模板 — every notice template, shipped or saved, with its latest version; a page of them at a time.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TemplatesModel(AppDbContext db, NoticeTemplates templates) : PageModel
{
    public IReadOnlyList<TemplateRow> Templates { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    /// <summary>The templates come from the templates/ folder and the database (a few dozen): listed whole, then cut.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await templates.ListAsync(db, ct);
        var (number, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        PageLinks = new PageLinks(number, size, all.Count, new Dictionary<string, string?>());
        var shown = all.Skip(PageLinks.Skip).Take(size).ToList();
        var names = shown.Select(s => s.Name).ToList();
        var counts = await db.Set<NoticeTemplateVersion>().Where(v => names.Contains(v.Name))
            .GroupBy(v => v.Name).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Templates = [.. shown.Select(s => new TemplateRow(s.Name, templates.Parse(s.Text).Title, counts.GetValueOrDefault(s.Name), s.SavedBy, s.SavedAt))];
    }
}
