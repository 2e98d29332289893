using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Plans.Pages;

/// <summary>The institution's assessment batches, latest exam first, paged.</summary>
[Authorize(Roles = Roles.Institution)]
public sealed class PlansModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public List<AssessmentPlan> Plans { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        var (number, size) = PageLinks.Normalize(page, null);
        var query = db.Set<AssessmentPlan>().AsNoTracking().Where(p => p.InstitutionId == institutionId);
        PageLinks = new PageLinks(number, size, await query.CountAsync(ct), new Dictionary<string, string?>());
        Plans = await query.OrderByDescending(p => p.ExamStart).Skip(PageLinks.Skip).Take(size).ToListAsync(ct);
    }

    public static (string Text, string Tag) StatusOf(PlanStatus status) => status switch
    {
        PlanStatus.Submitted => ("待审核", "info"),
        PlanStatus.Approved => ("已通过，待考核", "ok"),
        PlanStatus.Refused => ("未通过", "bad"),
        PlanStatus.Examined => ("已考核，待公示", "info"),
        PlanStatus.Publicity => ("结果公示中", "warn"),
        PlanStatus.Completed => ("已完成", "ok"),
        PlanStatus.ResultsNotRecognized => ("结果不予认可", "bad"),
        _ => (status.ToString(), "muted"),
    };
}
