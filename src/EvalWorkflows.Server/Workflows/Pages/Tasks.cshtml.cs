using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>待办任务: the open tasks the user may work, soonest due first, with filters, paging, claim and release.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Clerk},{Roles.Supervisor},{Roles.Evaluator}")]
public sealed class TasksModel(AppDbContext db, ProcessNames processes, WorkflowEngine engine, TimeProvider time) : PageModel
{
    public const string OverdueWeek = "overdue";

    [BindProperty(SupportsGet = true)] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Institution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }

    public IReadOnlyList<UserTaskRecord> Tasks { get; private set; } = [];
    public IReadOnlyDictionary<string, (string Name, int Versions)> Procedures { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Institutions { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Weeks { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Message = TempData["TaskMessage"] as string;
        var query = await FilteredAsync(ct);
        if (format == "csv") return await CsvAsync(query, ct);
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        PageLinks = new PageLinks(page, size, await query.CountAsync(ct), Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
        Tasks = await query.Skip(PageLinks.Skip).Take(size).AsNoTracking().ToListAsync(ct);
        Institutions = (await db.Set<Institution>().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct))
            .Select(i => (i.Id, i.Name)).ToList();
        Weeks = WeekChoices();
        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        await ActAsync(id, "已认领任务，其他人不再看到它。", task => TaskAccess.MayClaim(User, task),
            () => engine.ClaimTaskAsync(id, User.Identity!.Name!, ct), ct);

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) =>
        await ActAsync(id, "已退回任务，同角色的人员均可认领办理。", _ => true,
            () => engine.ReleaseTaskAsync(id, User.Identity!.Name!, ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, string done, Func<UserTaskRecord, bool> allowed, Func<Task> act, CancellationToken ct)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return NotFound();
        if (!allowed(task) && !TaskAccess.MayWork(User, task)) return Forbid();
        try
        {
            await act();
            TempData["TaskMessage"] = done;
        }
        catch (WorkflowException e)
        {
            TempData["TaskMessage"] = e.Message;
        }
        return LocalRedirect(Url.Content("~/tasks") + Request.QueryString);
    }

    private async Task<IQueryable<UserTaskRecord>> FilteredAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow();
        Procedures = await processes.AllAsync(ct);
        var query = db.Set<UserTaskRecord>().OpenFor(User);
        if (!string.IsNullOrEmpty(Procedure)) query = query.Where(t => t.DefinitionKey == Procedure);
        if (Institution is { } institutionId)
        {
            var keys = await CaseFile.KeysOfInstitutionAsync(db, institutionId, ct);
            query = query.Where(t => t.BusinessKey != null && t.BusinessKey.Length >= 36 && keys.Contains(t.BusinessKey.Substring(0, 36)));
        }
        if (Week == OverdueWeek) query = query.Where(t => t.DueAt != null && t.DueAt < Now);
        else if (IsoDate.TryParse(Week, out var monday))
        {
            var from = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), WorkingDayCalendar.ChinaOffset);
            var to = from.AddDays(7);
            query = query.Where(t => t.DueAt >= from && t.DueAt < to);
        }
        return query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt);
    }

    /// <summary>Overdue, this week and the five after it, by their Beijing Monday.</summary>
    private List<(string Value, string Text)> WeekChoices()
    {
        var today = ChineseDates.BeijingDate(Now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = new List<(string, string)> { (OverdueWeek, "已逾期") };
        for (var i = 0; i < 6; i++)
        {
            var start = monday.AddDays(7 * i);
            var label = i switch { 0 => "本周", 1 => "下周", _ => "" };
            weeks.Add((IsoDate.Format(start), $"{label}{ChineseDates.Date(start)}—{ChineseDates.Date(start.AddDays(6))}"));
        }
        return weeks;
    }

    private async Task<IActionResult> CsvAsync(IQueryable<UserTaskRecord> query, CancellationToken ct)
    {
        await CsvExport.WriteAsync(Response, "待办任务.csv", ["任务", "流程", "业务编号", "办理角色", "办理人", "期限", "是否逾期", "创建时间"],
            query.AsNoTracking().AsAsyncEnumerable(), t => [
                t.Name, Procedures.TryGetValue(t.DefinitionKey, out var p) ? p.Name : t.DefinitionKey, t.BusinessKey,
                t.CandidateRole, t.Assignee, t.DueAt is { } due ? ChineseDates.DateTime(due) : "",
                IsOverdue(t) ? "已逾期" : "", ChineseDates.DateTime(t.CreatedAt)], ct);
        return new EmptyResult();
    }

    public bool IsOverdue(UserTaskRecord t) => t.DueAt is { } due && due < Now;
}
