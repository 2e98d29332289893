using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.Definitions.Pages;

/// <summary>
/// 导入归档 — the page form of <c>POST /api/studio/archive</c>: the same <see cref="StudioArchive"/> checks the
/// whole .zip first and refuses it whole, listing each bad file; otherwise it says what was deployed and saved.
/// Like every studio change, an import needs a reason, recorded on each version it creates.
/// </summary>
[Authorize(Roles = Roles.Admin)]
[RequestSizeLimit(StudioArchive.MaxArchiveBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = StudioArchive.MaxArchiveBytes + 64 * 1024)]
public sealed class ArchiveModel(StudioArchive archive) : PageModel
{
    public IReadOnlyList<ArchiveProblem> Problems { get; private set; } = [];
    public ArchiveImportResult? Imported { get; private set; }
    /// <summary>The reason typed with a refused import, shown again.</summary>
    public string? Reason { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? reason, CancellationToken ct)
    {
        Reason = reason;
        if (StudioChanges.RequireReason(reason) is { } refused)
            ModelState.AddModelError(refused.Field, refused.Detail);
        if (file is null || file.Length == 0)
            ModelState.AddModelError("file", "请选择要导入的归档文件（.zip）。");
        else if (file.Length > StudioArchive.MaxArchiveBytes)
            ModelState.AddModelError("file", $"归档过大：不能超过 {StudioArchive.MaxArchiveBytes / 1024 / 1024} MB。");
        else if (ModelState.IsValid)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                Imported = await archive.ImportAsync(buffer, User.Identity!.Name!, reason!, ct);
            }
            catch (ArchiveInvalidException e)
            {
                Problems = e.Problems;
                ModelState.AddModelError("file", $"{e.Message}各文件的问题见下方列表。");
            }
        }
        return Page();
    }
}
