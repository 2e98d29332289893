using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings.Pages;

/// <summary>
/// One of the institution's filings: status, validity, scope, materials with their files, the history with the rule
/// of each change, and — while a correction notice is open — its items one by one with a new file for each material
/// named, resubmitted through <see cref="FilingSubmissions"/> like <c>POST /api/filings/{id}/resubmit</c>.
/// </summary>
[Authorize(Roles = Roles.Institution)]
[RequestFormLimits(MultipartBodyLengthLimit = 210L * 1024 * 1024)]
[RequestSizeLimit(210L * 1024 * 1024)]
public sealed class FilingDetailModel(AppDbContext db, UserManager<AppUser> users, FileStore files, FilingSubmissions submissions)
    : PageModel
{
    public Filing Filing { get; private set; } = null!;
    public List<FilingCorrectionRound> Rounds { get; private set; } = [];
    public FilingCorrectionRound? OpenRound => Filing.Status == FilingStatus.CorrectionRequested ? Rounds.LastOrDefault() : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResubmitAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var materials = new List<MaterialInput>();
        foreach (var upload in Request.Form.Files.Where(f => f.Length > 0))
        {
            var kind = upload.Name.StartsWith("upload-", StringComparison.Ordinal) ? upload.Name["upload-".Length..] : null;
            if (MaterialKinds.Find(kind) is null) continue;
            await using var content = upload.OpenReadStream();
            var (saved, refused) = await files.SaveAsync(Filing.InstitutionId, upload.FileName, content, User.Identity!.Name, upload.Name, ct);
            if (refused is not null) ModelState.AddModelError(upload.Name, refused.Detail);
            else materials.Add(new MaterialInput(kind, null, null, saved!.Id));
        }
        if (!ModelState.IsValid) return Page();
        var (_, refusal) = await submissions.ResubmitAsync(Filing.InstitutionId, id,
            new ResubmitFilingRequest(materials, null, null, null), User.Identity!.Name, ct);
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field?.StartsWith("materials", StringComparison.Ordinal) != false ? "resubmit" : refusal.Field, refusal.Detail);
            return Page();
        }
        TempData["Notice"] = "补正材料已重新提交，经办人员将重新审查。";
        return Redirect($"/portal/filings/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        var filing = await db.Set<Filing>().AsNoTracking().Include(f => f.StatusHistory)
            .FirstOrDefaultAsync(f => f.Id == id && f.InstitutionId == institutionId, ct);
        if (filing is null) return false;
        Filing = filing;
        Rounds = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == id).OrderBy(r => r.Round).ToListAsync(ct);
        return true;
    }
}
