using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Pages;

/// <summary>
/// One deployed version drawn read-only by the bpmn-js viewer, with its download and edit links, and "revert" for
/// an old version: its XML deployed again as a new version, with the reason the change record keeps.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class VersionModel(AppDbContext db, StudioChanges changes) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Message { get; set; }
    public string Key { get; private set; } = "";
    public int Version { get; private set; }
    public int LatestVersion { get; private set; }
    public string? Name { get; private set; }
    public DateTimeOffset DeployedAt { get; private set; }
    public string? DeployedBy { get; private set; }
    public string DiagramJson { get; private set; } = "{}";
    public int Running { get; private set; }
    public int Ended { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, int version, CancellationToken ct) =>
        await LoadAsync(key, version, ct) ? Page() : NotFound();

    /// <summary>Deploys this version's XML as the newest version of its key (nothing is overwritten).</summary>
    public async Task<IActionResult> OnPostRevertAsync(string key, int version, CancellationToken ct)
    {
        if (!await LoadAsync(key, version, ct)) return NotFound();
        if (StudioChanges.RequireReason(Reason) is { } refused)
        {
            ModelState.AddModelError(nameof(Reason), refused.Detail);
            return Page();
        }
        var xml = await db.Set<DefinitionRecord>().Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).SingleAsync(ct);
        DeployResult result;
        try
        {
            result = await changes.DeployAsync(xml, User.Identity!.Name, Reason, StudioChangeActions.Revert(version), ct);
        }
        catch (DefinitionInvalidException e)
        {
            // An old version may no longer pass today's checks (a template since removed, say).
            ModelState.AddModelError(nameof(Reason), $"{e.Message}{string.Join("；", e.Problems.Select(p => $"{p.ElementId}：{p.Message}"))}");
            return Page();
        }
        Message = result.Created
            ? $"已将第 {version} 版恢复为第 {result.Version} 版，新启动的实例使用该版本，已在办理的实例仍按原版本运行。"
            : $"第 {version} 版与最新的第 {result.Version} 版内容相同，未产生新版本。";
        return RedirectToPage(new { key, version = result.Version });
    }

    private async Task<bool> LoadAsync(string key, int version, CancellationToken ct)
    {
        var definitions = db.Set<DefinitionRecord>().AsNoTracking().Where(d => d.Key == key);
        var record = await definitions.FirstOrDefaultAsync(d => d.Version == version, ct);
        if (record is null) return false;
        (Key, Version, Name, DeployedAt, DeployedBy) = (key, version, record.Name, record.DeployedAt, record.DeployedBy);
        LatestVersion = await definitions.MaxAsync(d => d.Version, ct);
        var counts = await db.Set<InstanceRecord>().Where(i => i.DefinitionKey == key && i.Version == version)
            .GroupBy(i => i.Status == InstanceStatus.Running).Select(g => new { Running = g.Key, Count = g.Count() }).ToListAsync(ct);
        (Running, Ended) = (counts.Where(c => c.Running).Sum(c => c.Count), counts.Where(c => !c.Running).Sum(c => c.Count));
        DiagramJson = JsonSerializer.Serialize(new { xml = record.Xml });
        return true;
    }
}
