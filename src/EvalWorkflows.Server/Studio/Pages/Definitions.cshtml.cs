using System.Text;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Pages;

/// <summary>One deployed version as the studio lists it, with how many instances run on it and how many ended.</summary>
public sealed record StudioVersion(int Version, string? Name, DateTimeOffset DeployedAt, string? DeployedBy, int Running, int Ended);

/// <summary>One workflow (definition key) with every version, newest first.</summary>
public sealed record StudioDefinition(string Key, string Name, IReadOnlyList<StudioVersion> Versions);

/// <summary>
/// 流程设计 — every workflow with its versions (paged by key in SQL) and upload of a .bpmn file with its reason;
/// "revert" (an old version's XML deployed again as a new version) is on the version's own page. Deploying goes
/// through the engine, which validates it the same way as <c>POST /api/definitions</c>; nothing is overwritten.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class DefinitionsModel(AppDbContext db, StudioChanges changes) : PageModel
{
    /// <summary>Larger than any shipped definition; the engine holds the document to its own size limit too.</summary>
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    public IReadOnlyList<StudioDefinition> Definitions { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    /// <summary>The problems of a refused upload, each on its element, and the refused XML to draw them on.</summary>
    public IReadOnlyList<DefinitionProblem> Problems { get; private set; } = [];
    public string? RefusedXml { get; private set; }
    [TempData] public string? Message { get; set; }
    /// <summary>The reason typed with a refused upload, shown again.</summary>
    public string? Reason { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? reason, CancellationToken ct)
    {
        Reason = reason;
        if (StudioChanges.RequireReason(reason) is { } refused)
            ModelState.AddModelError(refused.Field, refused.Detail);
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", "请选择要上传的 .bpmn 文件。");
        else if (file.Length > MaxUploadBytes)
            ModelState.AddModelError("file", $"文件过大：流程定义文件不能超过 {MaxUploadBytes / 1024 / 1024} MB。");
        else if (ModelState.IsValid)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            var xml = await reader.ReadToEndAsync(ct);
            if (await DeployAsync(xml, $"已上传文件 {file.FileName}", StudioChangeActions.Upload, reason, ct)) return RedirectToPage();
            RefusedXml = xml;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> DeployAsync(string xml, string done, string action, string? reason, CancellationToken ct)
    {
        try
        {
            var result = await changes.DeployAsync(xml, User.Identity!.Name, reason, action, ct);
            Message = result.Created
                ? $"{done}：流程“{result.Key}”第 {result.Version} 版已部署，新启动的实例使用该版本，已在办理的实例仍按原版本运行。"
                : $"{done}：与流程“{result.Key}”最新的第 {result.Version} 版内容相同，未产生新版本。";
            return true;
        }
        catch (DefinitionInvalidException e)
        {
            Problems = e.Problems;
            ModelState.AddModelError("file", $"{e.Message}各处问题见下方列表和流程图上的标注。");
            return false;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        var keys = db.Set<DefinitionRecord>().Select(d => d.Key).Distinct().OrderBy(k => k);
        PageLinks = new PageLinks(page, size, await keys.CountAsync(ct), new Dictionary<string, string?>());
        var pageKeys = await keys.Skip(PageLinks.Skip).Take(size).ToListAsync(ct);
        var versions = await db.Set<DefinitionRecord>().AsNoTracking().Where(d => pageKeys.Contains(d.Key))
            .Select(d => new { d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy }).ToListAsync(ct);
        var counts = (await db.Set<InstanceRecord>().Where(i => pageKeys.Contains(i.DefinitionKey))
            .GroupBy(i => new { i.DefinitionKey, i.Version, Running = i.Status == InstanceStatus.Running })
            .Select(g => new { g.Key.DefinitionKey, g.Key.Version, g.Key.Running, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => (c.DefinitionKey, c.Version, c.Running), c => c.Count);
        Definitions = [.. pageKeys.Select(key =>
        {
            var list = versions.Where(v => v.Key == key).OrderByDescending(v => v.Version)
                .Select(v => new StudioVersion(v.Version, v.Name, v.DeployedAt, v.DeployedBy,
                    counts.GetValueOrDefault((key, v.Version, true)), counts.GetValueOrDefault((key, v.Version, false))))
                .ToList();
            return new StudioDefinition(key, list[0].Name ?? key, list);
        })];
    }
}
