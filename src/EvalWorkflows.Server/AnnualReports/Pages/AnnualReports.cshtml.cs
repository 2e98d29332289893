using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.AnnualReports.Pages;

/// <summary>
/// 年度工作总结 — the institution's yearly summaries (003 §四(二), outline of 003 annex 3): each year's window and
/// state; the summary that may be submitted today gets the form, submitted through
/// <see cref="AnnualReportSubmissions"/> like the API; any other says why not, with its basis.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class AnnualReportsModel(AppDbContext db, UserManager<AppUser> users, AnnualReportSubmissions submissions,
    LegalSourceRegistry sources, TimeProvider time) : PageModel
{
    public List<AnnualReport> Reports { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    /// <summary>The summary that may be submitted today, if any (the workflow's window, or a return's deadline).</summary>
    public AnnualReport? Open { get; private set; }

    [BindProperty, Display(Name = "一、基本情况")] public string? Overview { get; set; }
    [BindProperty, Display(Name = "二、培训工作开展情况")] public string? Training { get; set; }
    [BindProperty, Display(Name = "评价批次数")] public int BatchesHeld { get; set; }
    [BindProperty, Display(Name = "报考人数")] public int CandidatesAssessed { get; set; }
    [BindProperty, Display(Name = "合格人数")] public int CandidatesPassed { get; set; }
    [BindProperty, Display(Name = "发放证书数")] public int CertificatesIssued { get; set; }
    [BindProperty, Display(Name = "存在问题及处理情况")] public string? Problems { get; set; }
    [BindProperty, Display(Name = "四、下一步培训评价工作打算")] public string? Plans { get; set; }

    /// <summary>Why a summary cannot be submitted today, in words with its basis; null when it can, or is done.</summary>
    public string? WhyNot(AnnualReport r) =>
        r.Status is AnnualReportStatus.Submitted or AnnualReportStatus.Accepted
            || AnnualReportWindow.RefusalFor(r, r.Year, Today) is not { } refusal
            ? null : RefusalText.Describe(refusal.Detail, refusal.Basis, sources);

    // The list's page comes from the query only: the route value "page" is the Razor page's own path.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(null, ct)) return Forbid();
        if (Open is null) return Redirect("/portal/annual-reports");
        var request = new SubmitAnnualReport(Open.FilingId, Open.Year, Overview, Training, BatchesHeld, CandidatesAssessed,
            CandidatesPassed, CertificatesIssued, Problems, Plans);
        var (_, refusal) = await submissions.SubmitAsync(request, User, ct);
        if (refusal is null)
        {
            TempData["Notice"] = $"{Open.Year}年度工作总结已提交，经办人员审核后将通知您。";
            return Redirect("/portal/annual-reports");
        }
        var key = refusal.Field is { Length: > 0 } f && f != "year" && f != "filingId" ? char.ToUpperInvariant(f[0]) + f[1..] : "";
        ModelState.AddRefusal(key, refusal, sources);
        return Page();
    }

    private async Task<bool> LoadAsync(int? page, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        if (institutionId is null) return false;
        Today = WorkingDayCalendar.Today(time);
        var own = db.Set<AnnualReport>().Where(r => r.InstitutionId == institutionId);
        (Reports, PageLinks) = await own.OrderByDescending(r => r.Year).PageAsync(page, ct);
        // The open one may sit on another page of the list: look it up among the few not yet done.
        var pending = await own.Where(r => r.Status == AnnualReportStatus.Expected || r.Status == AnnualReportStatus.Returned)
            .OrderBy(r => r.Year).PageAsync(1, ct);
        Open = pending.Items.FirstOrDefault(r => AnnualReportWindow.RefusalFor(r, r.Year, Today) is null);
        return true;
    }

    public static (string Text, string Tag) StatusOf(AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.Expected => ("待报送", "info"),
        AnnualReportStatus.Submitted => ("已提交，待审核", "info"),
        AnnualReportStatus.Returned => ("退回修改", "warn"),
        AnnualReportStatus.Accepted => ("已通过", "ok"),
        AnnualReportStatus.Overdue => ("逾期未报送", "bad"),
        _ => ("—", "muted"),
    };
}
