using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Notices.Pages;

/// <summary>通知记录: every notice, newest first, filtered by template, delivery state and recipient; paged in SQL.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Auditor}")]
public sealed class NoticesModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Template { get; set; }
    [BindProperty(SupportsGet = true)] public NoticeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<Notice> Notices { get; private set; } = [];
    public IReadOnlyList<string> Templates { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        var query = db.Set<Notice>().AsNoTracking();
        if (!string.IsNullOrEmpty(Template)) query = query.Where(n => n.Template == Template);
        if (Status is { } status) query = query.Where(n => n.Status == status);
        if (!string.IsNullOrWhiteSpace(To)) query = query.Where(n => n.To.Contains(To.Trim()));
        query = query.OrderByDescending(n => n.QueuedAt).ThenBy(n => n.Id);
        if (format == "csv")
        {
            await CsvExport.WriteAsync(Response, "通知记录.csv", ["主题", "模板", "收件人", "抄送", "状态", "排队时间", "发送时间", "尝试次数", "错误", "依据", "流程实例"],
                query.AsAsyncEnumerable(), n => [
                    n.Subject, n.Template, n.To, n.Cc, NoticeStates.Of(n.Status).Text, ChineseDates.DateTime(n.QueuedAt),
                    n.SentAt is { } sent ? ChineseDates.DateTime(sent) : "", n.Attempts.ToString(), n.LastError, n.Basis,
                    n.InstanceId?.ToString()], ct);
            return new EmptyResult();
        }
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var p) ? p : null, null);
        PageLinks = new PageLinks(page, size, await query.CountAsync(ct), Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
        Notices = await query.Skip(PageLinks.Skip).Take(size).ToListAsync(ct);
        Templates = await db.Set<Notice>().Select(n => n.Template).Distinct().OrderBy(t => t).ToListAsync(ct);
        return Page();
    }
}
