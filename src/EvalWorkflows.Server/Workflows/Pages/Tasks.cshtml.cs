using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
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
    /// <summary>The institution filter's text: a name, a credit code (or part of either) or an id (<see cref="InstitutionFilter"/>).</summary>
    [BindProperty(SupportsGet = true)] public string? Institution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }

    public IReadOnlyList<UserTaskRecord> Tasks { get; private set; } = [];
    public IReadOnlyDictionary<string, (string Name, int Versions)> Procedures { get; private set; } = null!;
    public InstitutionFilterResult InstitutionChoice { get; private set; } = InstitutionFilterResult.None;
    public IReadOnlyList<(string Value, string Text)> Weeks { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Message = TempData["TaskMessage"] as string;
        Now = time.GetUtcNow();
        Procedures = await processes.AllAsync(ct);
        Weeks = WeekChoices();
        InstitutionChoice = await InstitutionFilter.ResolveAsync(db, Institution, ct);
        if (InstitutionChoice.Error is { } error) ModelState.AddModelError("institution", error);
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (InstitutionChoice.Error is not null)
        {
            PageLinks = new PageLinks(page, size, 0, query);
            return Page();
        }
        var filter = await FilterAsync(ct);
        if (format == "csv") return await CsvAsync(TaskInbox.InOrder(filter(db.Set<UserTaskRecord>().OpenFor(User))), ct);
        var inbox = await TaskInbox.PageAsync(db, User, filter, (page - 1) * size, size, ct);
        PageLinks = new PageLinks(page, size, inbox.Total, query) { TotalCapped = inbox.TotalCapped };
        Tasks = inbox.Items;
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

    /// <summary>The filters chosen, applied to open tasks (the inbox applies them to each holder's part).</summary>
    private async Task<Func<IQueryable<UserTaskRecord>, IQueryable<UserTaskRecord>>> FilterAsync(CancellationToken ct)
    {
        var keys = InstitutionChoice.Id is { } institutionId ? await CaseFile.KeysOfInstitutionAsync(db, institutionId, ct) : null;
        var (procedure, now) = (Procedure, Now);
        DateTimeOffset? weekStart = IsoDate.TryParse(Week, out var monday)
            ? new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), WorkingDayCalendar.ChinaOffset) : null;
        var overdue = Week == OverdueWeek;
        return query =>
        {
            if (!string.IsNullOrEmpty(procedure)) query = query.Where(t => t.DefinitionKey == procedure);
            if (keys is not null)
                query = query.Where(t => t.BusinessKey != null && t.BusinessKey.Length >= 36 && keys.Contains(t.BusinessKey.Substring(0, 36)));
            if (overdue) query = query.DueBetween(null, now);
            else if (weekStart is { } from) query = query.DueBetween(from, from.AddDays(7));
            return query;
        };
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
