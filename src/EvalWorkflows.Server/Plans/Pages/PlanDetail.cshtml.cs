using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Sources;
using EvalWorkflows.Server.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Plans.Pages;

/// <summary>
/// One batch as its institution follows it: review, the supervisor dispatched and the state of the report
/// (001 art. 17–18), the results' publicity with every objection raised and how the centre decided it
/// (002 §四(三)); results are published and uploaded through <see cref="ResultSubmissions"/> like the API.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class PlanDetailModel(AppDbContext db, UserManager<AppUser> users, ResultSubmissions results,
    LegalSourceRegistry sources, TimeProvider time) : PageModel
{
    /// <summary>The open tasks of the centre after an upload: the city's, then the province's review.</summary>
    private static readonly string[] ResultReviews = ["cityReview", "provinceReview"];

    public AssessmentPlan Plan { get; private set; } = null!;
    public SupervisionReport? Report { get; private set; }
    /// <summary>When the supervisor's report is due (the open task's deadline), while it is awaited.</summary>
    public DateTimeOffset? ReportDue { get; private set; }
    public List<PublicityObjection> Objections { get; private set; } = [];
    public bool ResultsUnderReview { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty, Display(Name = "参加考核人数")] public int? Candidates { get; set; }
    [BindProperty, Display(Name = "合格人数")] public int? Passed { get; set; }
    [BindProperty, Display(Name = "公示地址（网站或场所）")] public string? PublishedAt { get; set; }

    public bool MayPublish => Plan.Status == PlanStatus.Examined;
    public bool MayUpload => Plan.Status == PlanStatus.Publicity && Plan.PublicityEndsOn < Today && !ResultsUnderReview;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Candidates ??= Plan.Occupations.Sum(o => o.Candidates);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var refusal = await results.PublishAsync(id, new PublishResultsRequest(Candidates, Passed, PublishedAt), User, ct);
        return Done(id, refusal, "考核结果已公示，公示期内收到的异议会显示在本页。");
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var refusal = await results.UploadAsync(id, User, ct);
        return Done(id, refusal, "考核结果已上传，等待市、省鉴定中心审核。");
    }

    private IActionResult Done(Guid id, Api.Refusal? refusal, string notice)
    {
        if (refusal is null)
        {
            TempData["Notice"] = notice;
            return Redirect($"/portal/plans/{id}");
        }
        var key = refusal.Field switch { "candidates" => nameof(Candidates), "passed" => nameof(Passed), "publishedAt" => nameof(PublishedAt), _ => "" };
        ModelState.AddRefusal(key, refusal, sources);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        var plan = await db.Set<AssessmentPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.InstitutionId == institutionId, ct);
        if (plan is null) return false;
        Plan = plan;
        Today = WorkingDayCalendar.Today(time);
        Report = await db.Set<SupervisionReport>().AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == id, ct);
        var key = id.ToString();
        var open = await db.Set<UserTaskRecord>().AsNoTracking()
            .Where(t => t.BusinessKey == key && t.Status == TaskStatus.Open).ToListAsync(ct);
        ReportDue = open.FirstOrDefault(t => t.ElementId == Supervision.SupervisionEndpoints.ReportTask)?.DueAt;
        ResultsUnderReview = open.Any(t => ResultReviews.Contains(t.ElementId));
        Objections = await db.Set<PublicityObjection>().AsNoTracking().Where(o => o.PlanId == id).OrderBy(o => o.RaisedAt).ToListAsync(ct);
        return true;
    }
}
