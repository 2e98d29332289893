using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Definitions.Pages;

/// <summary>
/// Two versions of one workflow side by side: the page hands both XML documents to the browser, where
/// bpmn-js-differ compares them and marks added, removed, changed and moved elements on both diagrams.
/// Without <c>to</c> the latest version is compared; without <c>from</c>, the version before <c>to</c>.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class DiffModel(AppDbContext db) : PageModel
{
    public string Key { get; private set; } = "";
    public string? Name { get; private set; }
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<int> Versions { get; private set; } = [];
    public string DiffJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string key, int? from, int? to, CancellationToken ct)
    {
        var definitions = db.Set<DefinitionRecord>().AsNoTracking().Where(d => d.Key == key);
        Versions = await definitions.OrderBy(d => d.Version).Select(d => d.Version).ToListAsync(ct);
        if (Versions.Count == 0) return NotFound();
        To = to ?? Versions[^1];
        From = from ?? Versions.LastOrDefault(v => v < To, To);
        var pair = await definitions.Where(d => d.Version == From || d.Version == To)
            .Select(d => new { d.Version, d.Name, d.Xml }).ToListAsync(ct);
        if (pair.All(p => p.Version != From) || pair.All(p => p.Version != To)) return NotFound();
        (Key, Name) = (key, pair.First(p => p.Version == To).Name);
        DiffJson = JsonSerializer.Serialize(new
        {
            from = new { version = From, xml = pair.First(p => p.Version == From).Xml },
            to = new { version = To, xml = pair.First(p => p.Version == To).Xml },
        });
        return Page();
    }
}
