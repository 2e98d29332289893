using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.Templates.Pages;

/// <summary>
/// One saved version of a notice template, read-only, and "revert": its text saved again as the template's
/// next version (with a reason), so nothing is overwritten and the record shows the return.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TemplateVersionModel(AppDbContext db, TemplateVersions versions) : PageModel
{
    public string Name { get; private set; } = "";
    public TemplateVersionInfo Info { get; private set; } = null!;
    public string Text { get; private set; } = "";
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, int number, CancellationToken ct) =>
        await LoadAsync(name, number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevertAsync(string name, int number, CancellationToken ct)
    {
        if (!await LoadAsync(name, number, ct)) return NotFound();
        if (versions.Refusal(name, Text, Reason) is { } refusal)
            ModelState.AddModelError(nameof(Reason), refusal.ProblemDetails.Detail ?? "无法恢复该版本。");
        if (!ModelState.IsValid) return Page();
        var (_, saved) = await versions.SaveAsync(db, name, Text, User.Identity?.Name, Reason, StudioChangeActions.Revert(number), ct);
        TempData["Message"] = $"已将第 {number} 版的文字保存为第 {saved} 版。";
        return Redirect($"/studio/templates/{name}");
    }

    private async Task<bool> LoadAsync(string name, int number, CancellationToken ct)
    {
        if (await TemplateVersions.FindAsync(db, name, number, ct) is not { } found) return false;
        (Name, Info, Text) = (name, found.Info, found.Text);
        return true;
    }
}
