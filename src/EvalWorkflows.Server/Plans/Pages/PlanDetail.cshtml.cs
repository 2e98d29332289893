using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
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
/// (002 §四(三)); results are published and uploaded (with their materials as files) through
/// <see cref="ResultSubmissions"/>, and open objections answered through <see cref="ObjectionAnswers"/>, like the API.
/// </summary>
[Authorize(Roles = Roles.Institution)]
[RequestFormLimits(MultipartBodyLengthLimit = 210L * 1024 * 1024)]
[RequestSizeLimit(210L * 1024 * 1024)]
public sealed class PlanDetailModel(AppDbContext db, UserManager<AppUser> users, ResultSubmissions results, ObjectionAnswers answers,
    FileStore fileStore, LegalSourceRegistry sources, TimeProvider time) : PageModel
{
    /// <summary>The open tasks of the centre after an upload: the city's, then the province's review.</summary>
    private static readonly string[] ResultReviews = ["cityReview", "provinceReview"];

    public AssessmentPlan Plan { get; private set; } = null!;
    public SupervisionReport? Report { get; private set; }
    /// <summary>When the supervisor's report is due (the open task's deadline), while it is awaited.</summary>
    public DateTimeOffset? ReportDue { get; private set; }
    public List<PublicityObjection> Objections { get; private set; } = [];
    /// <summary>The batch's files: the results' materials under <c>null</c>, each objection's answer under its id.</summary>
    public ILookup<Guid?, UploadedFile> Files { get; private set; } = Array.Empty<UploadedFile>().ToLookup(_ => (Guid?)null);
    /// <summary>The objection whose answer form was posted, so its errors show beside that form only.</summary>
    public Guid? AnsweringId { get; private set; }
    public bool ResultsUnderReview { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty, Display(Name = "参加考核人数")] public int? Candidates { get; set; }
    [BindProperty, Display(Name = "合格人数")] public int? Passed { get; set; }
    [BindProperty, Display(Name = "公示地址（网站或场所）")] public string? PublishedAt { get; set; }
    [BindProperty, Display(Name = "答复内容")] public string? Answer { get; set; }

    public UploadOptions Limits => fileStore.Limits;
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
        var fileIds = await StoreUploadsAsync(ResultFilesField, ct);
        if (!ModelState.IsValid) return Page();
        var refusal = await results.UploadAsync(id, new UploadResultsRequest(fileIds), User, ct);
        return Done(id, refusal, "考核结果已上传，等待市、省鉴定中心审核。");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid objectionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        AnsweringId = objectionId;
        var fileIds = await StoreUploadsAsync(AnswerFilesField, ct);
        if (!ModelState.IsValid) return Page();
        var refusal = await answers.AnswerAsync(id, objectionId, new AnswerObjectionRequest(Answer, fileIds), User, ct);
        return Done(id, refusal, "答复已提交，鉴定中心核查异议时将一并审阅。");
    }

    public const string ResultFilesField = "resultFiles", AnswerFilesField = "answerFiles";

    /// <summary>Keeps each chosen file through <see cref="FileStore"/> (its type and size rules), as POST /api/files does.</summary>
    private async Task<List<Guid>> StoreUploadsAsync(string field, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var upload in Request.Form.Files.GetFiles(field).Where(f => f.Length > 0))
        {
            await using var content = upload.OpenReadStream();
            var (saved, refusal) = await fileStore.SaveAsync(Plan.InstitutionId, upload.FileName, content, User.Identity!.Name, field, ct);
            if (refusal is not null) ModelState.AddModelError(field, refusal.Detail);
            else ids.Add(saved!.Id);
        }
        return ids;
    }

    private IActionResult Done(Guid id, Api.Refusal? refusal, string notice)
    {
        if (refusal is null)
        {
            TempData["Notice"] = notice;
            return Redirect($"/portal/plans/{id}");
        }
        var key = refusal.Field switch
        {
            "candidates" => nameof(Candidates), "passed" => nameof(Passed), "publishedAt" => nameof(PublishedAt), "answer" => nameof(Answer),
            { } f when f.StartsWith("fileIds", StringComparison.Ordinal) => AnsweringId is null ? ResultFilesField : AnswerFilesField,
            _ => "",
        };
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
        Files = await PlanFiles.OfPlanAsync(db, id, ct);
        return true;
    }
}
