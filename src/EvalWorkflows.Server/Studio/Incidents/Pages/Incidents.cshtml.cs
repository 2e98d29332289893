using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Incidents.Pages;

/// <summary>One incident as the list shows it, with the instance it stopped.</summary>
public sealed record IncidentRow(Guid Id, Guid InstanceId, string DefinitionKey, int Version, string? BusinessKey,
    string ElementId, string Error, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy);

/// <summary>
/// 故障处理 — the steps that failed (open ones first by default), paged in SQL, each linked to its instance's
/// diagram and retried through the engine's <see cref="WorkflowEngine.RetryIncidentAsync"/>, as
/// <c>POST /api/incidents/{id}/retry</c> does.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IncidentsModel(AppDbContext db, WorkflowEngine engine, ProcessNames processes) : PageModel
{
    /// <summary>open (default), resolved or all.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public IReadOnlyList<IncidentRow> Incidents { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public IReadOnlyDictionary<string, (string Name, int Versions)> Procedures { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var jobId = await db.Set<IncidentRecord>().Where(i => i.Id == id).Select(i => i.JobId).FirstOrDefaultAsync(ct);
            await engine.RetryIncidentAsync(id, User.Identity!.Name, ct);
            var again = await db.Set<IncidentRecord>().AnyAsync(i => i.JobId == jobId && i.ResolvedAt == null, ct);
            Message = again ? "已重试，但该步骤再次失败，已记录为新的故障（见列表）。" : "已重试，该步骤已成功执行，流程继续运行。";
            return RedirectToPage(new { Show });
        }
        catch (WorkflowException e)
        {
            ModelState.AddModelError("", $"无法重试：{e.Message}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public string ProcessName(string key) => Procedures.TryGetValue(key, out var p) ? p.Name : key;

    private async Task LoadAsync(CancellationToken ct)
    {
        Procedures = await processes.AllAsync(ct);
        var incidents = db.Set<IncidentRecord>().AsNoTracking();
        incidents = Show switch
        {
            "all" => incidents,
            "resolved" => incidents.Where(i => i.ResolvedAt != null),
            _ => incidents.Where(i => i.ResolvedAt == null),
        };
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        PageLinks = new PageLinks(page, size, await incidents.CountAsync(ct), new Dictionary<string, string?> { ["show"] = Show });
        Incidents = await incidents.OrderByDescending(i => i.RaisedAt).ThenBy(i => i.Id).Skip(PageLinks.Skip).Take(size)
            .Join(db.Set<InstanceRecord>(), i => i.InstanceId, r => r.Id, (i, r) => new IncidentRow(i.Id, i.InstanceId,
                r.DefinitionKey, r.Version, r.BusinessKey, i.ElementId, i.Error, i.RaisedAt, i.ResolvedAt, i.ResolvedBy))
            .ToListAsync(ct);
    }
}
