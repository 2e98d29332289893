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
/// 备案申请 — the application of 000 附件1 as a task list (institution, premises, scope, assessors, materials, each
/// with its status), files uploaded as they are chosen, then "check your answers" and submission through
/// <see cref="FilingSubmissions"/>, the same path as <c>POST /api/filings</c>.
/// </summary>
[Authorize(Roles = Roles.Institution)]
[RequestFormLimits(MultipartBodyLengthLimit = 210L * 1024 * 1024)]
[RequestSizeLimit(210L * 1024 * 1024)]
public sealed class NewFilingModel(AppDbContext db, UserManager<AppUser> users, FileStore files, FilingSubmissions submissions)
    : PageModel
{
    [BindProperty] public FilingForm Form { get; set; } = new();
    public Institution? Institution { get; private set; }
    public bool Checking { get; private set; }
    /// <summary>Each stored file shown by the form, by id.</summary>
    public Dictionary<Guid, StoredFileInfo> Uploaded { get; private set; } = [];
    public UploadOptions Limits => files.Limits;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    /// <summary>Adds an empty row to a list (scope or assessors) without losing what was entered or uploaded.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(string list, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        await StoreUploadsAsync(ct);
        if (list == "scope") Form.Scope.Add(new ScopeRow());
        else Form.Assessors.Add(new AssessorRow());
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        ModelState.Clear();
        return Page();
    }

    /// <summary>Stores the chosen files and, when every section passes the API's own checks, shows the answers to confirm.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        ModelState.Clear();
        await StoreUploadsAsync(ct);
        foreach (var error in RequestValidation.Check(Form.ToRequest())) FilingForm.AddError(ModelState, error.Field, error.Detail);
        Checking = ModelState.IsValid;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        ModelState.Clear();
        var (submitted, refusal) = await submissions.SubmitAsync(Institution!, Form.ToRequest(), User.Identity!.Name, ct);
        if (refusal is not null)
        {
            FilingForm.AddError(ModelState, refusal.Field, refusal.Detail);
            return Page();
        }
        TempData["Notice"] = "备案申请已提交，经办人员将在5个工作日内完成形式审查，结果会通过电子邮件和工作台通知您。";
        return Redirect($"/portal/filings/{submitted!.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var id = await InstitutionAccess.InstitutionOfAsync(User, users);
        Institution = id is null ? null : await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (Institution is null) return false;
        var ids = Form.Files.Values.ToList();
        Uploaded = await StoredFileInfo.LoadAsync(db, Institution.Id, ids, ct);
        foreach (var (kind, fileId) in Form.Files.ToList())
            if (!Uploaded.ContainsKey(fileId)) Form.Files.Remove(kind);
        return true;
    }

    private Task StoreUploadsAsync(CancellationToken ct) =>
        Form.StoreUploadsAsync(Request.Form.Files, files, Institution!.Id, User.Identity!.Name, ModelState, Uploaded, ct);
}
