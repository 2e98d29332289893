using EvalWorkflows.Server.Sources;
using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Plans.Pages;

public sealed class PlanAssessorRow
{
    [Display(Name = "考评人员姓名")] public string? Name { get; set; }
    [Display(Name = "资格等级或职称")] public int QualificationLevel { get; set; } = 3;
}

/// <summary>
/// 报送考核计划 — one batch of one filed occupation: dates (with the 002 §四(一) deadline shown live by
/// plan-deadline.js from <c>GET /api/plans/deadline</c>), candidates and the assessor panel, submitted through
/// <see cref="PlanSubmissions"/>; a refusal is shown beside its field with its legal basis.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class NewPlanModel(AppDbContext db, UserManager<AppUser> users, PlanSubmissions submissions, LegalSourceRegistry sources,
    PlanSubmissionDeadline deadline, TimeProvider time) : PageModel
{
    public List<Filing> Filings { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public DateOnly EarliestExamDate { get; private set; }

    [BindProperty, Display(Name = "备案")] public Guid? FilingId { get; set; }
    [BindProperty, Display(Name = "考核开始日期")] public DateOnly? ExamStart { get; set; }
    [BindProperty, Display(Name = "考核结束日期")] public DateOnly? ExamEnd { get; set; }
    /// <summary>"CODE|LEVEL" of one filed occupation and level.</summary>
    [BindProperty, Display(Name = "职业（工种）及等级")] public string? Occupation { get; set; }
    [BindProperty, Display(Name = "考生人数")] public int? Candidates { get; set; }
    [BindProperty] public List<PlanAssessorRow> Assessors { get; set; } = [new(), new(), new()];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        ModelState.Clear();
        var (code, level) = Occupation?.Split('|') is [var c, var l] && int.TryParse(l, out var n) ? (c, (int?)n) : (null, null);
        var request = new SubmitPlanRequest(FilingId ?? Filings.FirstOrDefault()?.Id, ExamStart, ExamEnd,
            [new OccupationInput(code, level, Candidates)],
            Assessors.Where(a => !string.IsNullOrWhiteSpace(a.Name)).Select(a => new AssessorInput(a.Name, code, a.QualificationLevel)).ToList(),
            null);
        var (_, problem) = await submissions.SubmitAsync(request, User, ct);
        if (problem is null)
        {
            TempData["Notice"] = $"考核计划已报送（考核开始日期 {ChineseDates.DateWithWeekday(ExamStart!.Value)}），经办人员审核后将通知您。";
            return Redirect("/portal/plans");
        }
        var details = problem.ProblemDetails;
        if (details.Extensions.TryGetValue("errors", out var all) && all is Dictionary<string, string[]> errors)
        {
            foreach (var (field, messages) in errors)
                foreach (var message in messages) ModelState.AddModelError(FieldOf(field), message);
            return Page();
        }
        ModelState.AddModelError(FieldOf(details.Extensions.TryGetValue("field", out var f) ? f as string : null),
            RefusalText.Describe(details.Detail, details.Extensions.TryGetValue("basis", out var b) ? b as string : null, sources));
        return Page();
    }

    /// <summary>The form field a refusal's API field belongs to.</summary>
    private static string FieldOf(string? apiField) => apiField switch
    {
        "examStart" => nameof(ExamStart),
        "examEnd" => nameof(ExamEnd),
        "filingId" => nameof(FilingId),
        null or "" => "",
        _ when apiField.StartsWith("occupations", StringComparison.Ordinal) => apiField.EndsWith("candidates") ? nameof(Candidates) : nameof(Occupation),
        _ => nameof(Assessors),
    };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        if (institutionId is null) return false;
        Filings = await db.Set<Filing>().AsNoTracking()
            .Where(f => f.InstitutionId == institutionId && (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Renewing))
            .ToListAsync(ct);
        Today = WorkingDayCalendar.Today(time);
        EarliestExamDate = deadline.EarliestExamDate(Today);
        return true;
    }
}
