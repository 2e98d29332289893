using EvalWorkflows.Server.Api;
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
/// of each change, and — while a correction notice is open — its items one by one: a new file for each material named,
/// the filed values of each form section named (scope, premises, assessors) to edit, resubmitted through
/// <see cref="FilingSubmissions"/> like <c>POST /api/filings/{id}/resubmit</c>.
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
    /// <summary>The correction as the form holds it: the filed sections to edit and the new files chosen so far.</summary>
    [BindProperty] public FilingForm Form { get; set; } = new();
    /// <summary>Each newly stored file shown by the form, by id.</summary>
    public Dictionary<Guid, StoredFileInfo> Uploaded { get; private set; } = [];

    /// <summary>The form sections (scope, premises, assessors) the open notice asks to correct.</summary>
    public IReadOnlySet<string> SectionsToCorrect =>
        (OpenRound?.Items ?? []).Select(i => i.Target).Where(MaterialKinds.FormSections.ContainsKey).ToHashSet();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = FilingForm.Of(Filing);
        return Page();
    }

    /// <summary>Adds an empty row to a section being corrected without losing what was entered or uploaded.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(Guid id, string list, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await StoreUploadsAsync(ct);
        if (list == "scope") Form.Scope.Add(new ScopeRow());
        else Form.Assessors.Add(new AssessorRow());
        ModelState.Clear();
        return Page();
    }

    /// <summary>
    /// The new files and the corrected sections go through the rules of a new filing (<see cref="SubmitFilingRequest"/>,
    /// every error beside its field), then through <see cref="FilingSubmissions.ResubmitAsync"/> like the API.
    /// </summary>
    public async Task<IActionResult> OnPostResubmitAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        await StoreUploadsAsync(ct);
        var sections = SectionsToCorrect;
        var request = new ResubmitFilingRequest(Form.Materials(), sections.Contains("scope") ? Form.ScopeInputs() : null,
            sections.Contains("premises") ? Form.Premises() : null, sections.Contains("assessors") ? Form.AssessorInputs() : null);
        foreach (var error in RequestValidation.Check(request)) AddError(error.Field, error.Detail);
        if (!ModelState.IsValid) return Page();
        var (_, refusal) = await submissions.ResubmitAsync(Filing.InstitutionId, id, request, User.Identity!.Name, ct);
        if (refusal is not null)
        {
            AddError(refusal.Field, refusal.Detail);
            return Page();
        }
        TempData["Notice"] = "补正内容已重新提交，经办人员将重新审查。";
        return Redirect($"/portal/filings/{id}");
    }

    /// <summary>Errors about materials go above the button; errors about a section beside its field.</summary>
    private void AddError(string? apiField, string detail)
    {
        var key = FilingForm.FieldOf(apiField);
        ModelState.AddModelError(key is "" or "Form.Files" ? "resubmit" : key, detail);
    }

    private Task StoreUploadsAsync(CancellationToken ct) =>
        Form.StoreUploadsAsync(Request.Form.Files, files, Filing.InstitutionId, User.Identity!.Name, ModelState, Uploaded, ct);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        var filing = await db.Set<Filing>().AsNoTracking().Include(f => f.StatusHistory)
            .FirstOrDefaultAsync(f => f.Id == id && f.InstitutionId == institutionId, ct);
        if (filing is null) return false;
        Filing = filing;
        Rounds = await db.Set<FilingCorrectionRound>().AsNoTracking().Where(r => r.FilingId == id).OrderBy(r => r.Round).ToListAsync(ct);
        Uploaded = await StoredFileInfo.LoadAsync(db, filing.InstitutionId, Form.Files.Values.ToList(), ct);
        foreach (var (kind, fileId) in Form.Files.ToList())
            if (!Uploaded.ContainsKey(fileId)) Form.Files.Remove(kind);
        return true;
    }
}
