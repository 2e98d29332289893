using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Pages;

/// <summary>One deployed version drawn read-only by the bpmn-js viewer, with its download and edit links.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class VersionModel(AppDbContext db) : PageModel
{
    public string Key { get; private set; } = "";
    public int Version { get; private set; }
    public int LatestVersion { get; private set; }
    public string? Name { get; private set; }
    public DateTimeOffset DeployedAt { get; private set; }
    public string? DeployedBy { get; private set; }
    public string DiagramJson { get; private set; } = "{}";
    public int Running { get; private set; }
    public int Ended { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, int version, CancellationToken ct)
    {
        var definitions = db.Set<DefinitionRecord>().AsNoTracking().Where(d => d.Key == key);
        var record = await definitions.FirstOrDefaultAsync(d => d.Version == version, ct);
        if (record is null) return NotFound();
        (Key, Version, Name, DeployedAt, DeployedBy) = (key, version, record.Name, record.DeployedAt, record.DeployedBy);
        LatestVersion = await definitions.MaxAsync(d => d.Version, ct);
        var counts = await db.Set<InstanceRecord>().Where(i => i.DefinitionKey == key && i.Version == version)
            .GroupBy(i => i.Status == InstanceStatus.Running).Select(g => new { Running = g.Key, Count = g.Count() }).ToListAsync(ct);
        (Running, Ended) = (counts.Where(c => c.Running).Sum(c => c.Count), counts.Where(c => !c.Running).Sum(c => c.Count));
        DiagramJson = JsonSerializer.Serialize(new { xml = record.Xml });
        return Page();
    }
}
