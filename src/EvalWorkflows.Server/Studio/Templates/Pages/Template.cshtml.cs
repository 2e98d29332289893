using System.Text.Json;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.Templates.Pages;

/// <summary>
/// 编辑通知模板 — the Scriban text in a code editor (a plain textarea without JavaScript) with a live preview the
/// server renders against sample data or a chosen instance's variables, and every saved version. Saving asks
/// why; the text is checked exactly as <c>PUT /api/templates/{name}</c> checks it and kept as a new version.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TemplateModel(AppDbContext db, NoticeTemplates templates, TemplateVersions versions) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Title { get; private set; }
    public TemplateSource Source { get; private set; } = null!;
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The lines a refused save points at, for the editor to mark on first show.</summary>
    public IReadOnlyList<TemplateProblem> Problems { get; private set; } = [];
    public IReadOnlyList<TemplateVersionInfo> Versions { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public IReadOnlyList<TemplateInstance> Instances { get; private set; } = [];
    public string SampleJson { get; } = JsonSerializer.Serialize(TemplateSamples.Model(),
        new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct)) return NotFound();
        Text = Source.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct)) return NotFound();
        // The two halves of the API's TemplateVersions.Refusal, so that both fields show their error at once.
        if (StudioChanges.RequireReason(Reason) is { } reason)
            ModelState.AddModelError(nameof(Reason), reason.Detail);
        if (versions.TextRefusal(name, Text) is { } refusal)
        {
            ModelState.AddModelError(nameof(Text), refusal.ProblemDetails.Detail ?? "模板无法保存。");
            Problems = NoticeTemplateFormat.Parse(Text ?? "").Problems;
        }
        if (!ModelState.IsValid) return Page();
        var (_, number) = await versions.SaveAsync(db, name, Text!, User.Identity?.Name, Reason, StudioChangeActions.Save, ct);
        Message = $"已保存为第 {number} 版。此后发出的通知使用这一版文字。";
        return RedirectToPage(new { name });
    }

    private async Task<bool> LoadAsync(string name, CancellationToken ct)
    {
        if (await templates.FindAsync(db, name, ct) is not { } source) return false;
        (Name, Source, Title) = (name, source, templates.Parse(source.Text).Title);
        var (number, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        var list = await TemplateVersions.ListAsync(db, name, new PageQuery { Page = number, PageSize = size }, ct);
        (Versions, PageLinks) = (list.Items, new PageLinks(number, size, list.Total, new Dictionary<string, string?>()));
        Instances = await TemplateVersions.InstancesAsync(db, name, 20, ct);
        return true;
    }
}
