using System.ComponentModel.DataAnnotations;
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

namespace EvalWorkflows.Server.Renewals.Pages;

/// <summary>
/// 备案续期 — for each living filing, whether renewal may be applied for today (<see cref="RenewalWindow"/>: the 90
/// days before expiry, then the 60-day grace period, 004 §二, §五(二)) and, when it may, the application form
/// submitted through <see cref="RenewalSubmissions"/> like the API; then every application with its checks (004 §三)
/// and decision.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class RenewalsModel(AppDbContext db, UserManager<AppUser> users, RenewalSubmissions renewals,
    LegalSourceRegistry sources, TimeProvider time) : PageModel
{
    public List<Filing> Filings { get; private set; } = [];
    public List<RenewalApplication> Applications { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    [BindProperty] public Guid? FilingId { get; set; }
    [BindProperty, Display(Name = "续期申请说明及有效期内工作总结")] public string? Statement { get; set; }
    [BindProperty, Display(Name = "评价批次不足6批的书面说明（如适用）")] public string? BatchExplanation { get; set; }
    [BindProperty, Display(Name = "激励制度佐证材料说明（用人单位填写）")] public string? IncentiveEvidence { get; set; }
    [BindProperty, Display(Name = "有尚未完成的整改事项")] public bool UnfinishedRectification { get; set; }

    public RenewalWindow WindowOf(Filing filing) => RenewalWindow.For(filing, Today);

    /// <summary>Whether an application of this filing is still being evaluated (a second one would be refused).</summary>
    public bool Pending(Filing filing) => Applications.Any(a => a.FilingId == filing.Id && a.Status == RenewalStatus.Received);

    public string Cite(string? basis) => sources.Cite(basis) ?? "";

    // The list's page comes from the query only: the route value "page" is the Razor page's own path.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(null, ct)) return Forbid();
        var request = new ApplyForRenewal(FilingId, Statement, BatchExplanation, IncentiveEvidence, UnfinishedRectification);
        var (_, refusal) = await renewals.ApplyAsync(request, User, ct);
        if (refusal is null)
        {
            TempData["Notice"] = "续期申请已提交，评估人员将按续期条件逐项评估。";
            return Redirect("/portal/renewals");
        }
        var key = refusal.Field switch { "statement" => nameof(Statement), "batchExplanation" => nameof(BatchExplanation), "incentiveEvidence" => nameof(IncentiveEvidence), _ => "" };
        ModelState.AddRefusal(key, refusal, sources);
        return Page();
    }

    private async Task<bool> LoadAsync(int? page, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        if (institutionId is null) return false;
        Today = WorkingDayCalendar.Today(time);
        Filings = await PortalFilings.LivingAsync(db, institutionId.Value, ct);
        (Applications, PageLinks) = await db.Set<RenewalApplication>().Where(a => a.InstitutionId == institutionId)
            .OrderByDescending(a => a.ReceivedOn).PageAsync(page, ct);
        return true;
    }

    public static (string Text, string Tag) StatusOf(RenewalStatus status) => status switch
    {
        RenewalStatus.Received => ("评估中", "info"),
        RenewalStatus.Passed => ("续期通过", "ok"),
        RenewalStatus.Failed => ("未通过", "bad"),
        _ => ("—", "muted"),
    };
}
