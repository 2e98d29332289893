using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Portal;
using EvalWorkflows.Server.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Lifecycle.Pages;

/// <summary>
/// 职业（工种）变更 — the institution asks to add or change occupations and levels of its filing, through
/// <see cref="ScopeChangeSubmissions"/> like the API; while the renewal window freezes the scope the page says why
/// (004 §五(一)) instead of offering the form. Earlier requests are listed, paged.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class ScopeChangesModel(AppDbContext db, UserManager<AppUser> users, ScopeChangeSubmissions changes,
    LegalSourceRegistry sources, TimeProvider time) : PageModel
{
    public List<Filing> Filings { get; private set; } = [];
    public List<ScopeChangeRequest> Requests { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    [BindProperty, Display(Name = "备案")] public Guid? FilingId { get; set; }
    [BindProperty, Display(Name = "新增或变更的职业（工种）及等级")] public string? Description { get; set; }

    public Refusal? FrozenOf(Filing filing) => ScopeChangeSubmissions.Frozen(filing, Today);

    // The list's page comes from the query only: the route value "page" is the Razor page's own path.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(null, ct)) return Forbid();
        var filingId = FilingId ?? Filings.FirstOrDefault()?.Id ?? Guid.Empty;
        var (_, refusal) = await changes.RequestAsync(filingId, new RequestScopeChange(Description), User, ct);
        if (refusal is null)
        {
            TempData["Notice"] = "变更申请已提交，经办人员审核后将通知您。";
            return Redirect("/portal/scope-changes");
        }
        ModelState.AddRefusal(refusal.Field == "description" ? nameof(Description) : nameof(FilingId), refusal, sources);
        return Page();
    }

    private async Task<bool> LoadAsync(int? page, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        if (institutionId is null) return false;
        Today = WorkingDayCalendar.Today(time);
        Filings = await PortalFilings.LivingAsync(db, institutionId.Value, ct);
        var ids = Filings.Select(f => f.Id).ToList();
        (Requests, PageLinks) = await db.Set<ScopeChangeRequest>().Where(r => ids.Contains(r.FilingId))
            .OrderByDescending(r => r.RequestedAt).PageAsync(page, ct);
        return true;
    }
}
