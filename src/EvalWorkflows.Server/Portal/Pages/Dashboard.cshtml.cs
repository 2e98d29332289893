using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Notices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Portal.Pages;

/// <summary>
/// 工作台 — the institution's start page: every deadline ahead, a month of the official calendar (working days,
/// weekends, holidays, make-up working days) with those deadlines marked, and the latest notices it received.
/// </summary>
[Authorize(Roles = Roles.Institution)]
public sealed class DashboardModel(AppDbContext db, UserManager<AppUser> users, WorkingDayCalendar calendar, TimeProvider time)
    : PageModel
{
    public DateOnly Today { get; private set; }
    public DateOnly Month { get; private set; }
    public List<PortalDeadline> Deadlines { get; private set; } = [];
    public List<Notice> Notices { get; private set; } = [];
    public string? InstitutionName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        if (institutionId is null) return Forbid();
        InstitutionName = await db.Set<Institution>().Where(i => i.Id == institutionId).Select(i => i.Name).FirstOrDefaultAsync(ct);
        Today = WorkingDayCalendar.Today(time);
        Month = DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", out var m) ? m : new DateOnly(Today.Year, Today.Month, 1);
        Deadlines = await PortalDeadlines.ForAsync(db, institutionId.Value, Today, ct);
        Notices = await db.Set<Notice>().AsNoTracking().Where(n => n.InstitutionId == institutionId)
            .OrderByDescending(n => n.QueuedAt).Take(10).ToListAsync(ct);
        return Page();
    }

    /// <summary>The weeks of the shown month, Monday first; days of other months are null.</summary>
    public IEnumerable<DayInfo?[]> Weeks()
    {
        var first = Month;
        var offset = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(first.Year, first.Month);
        for (var start = -offset; start < days; start += 7)
            yield return Enumerable.Range(start, 7)
                .Select(i => i >= 0 && i < days ? calendar.DescribeDay(first.AddDays(i)) : null).ToArray();
    }

    public string MonthLink(int delta) => $"?month={Month.AddMonths(delta):yyyy-MM}";
}
