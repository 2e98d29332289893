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

/// <summary>流程实例: every instance, filtered by procedure, version, status, institution and start date, paged in SQL.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Auditor}")]
public sealed class InstancesModel(AppDbContext db, ProcessNames processes) : PageModel
{
    public static readonly IReadOnlyList<(InstanceStatus Status, string Text, string Tag)> Statuses =
    [
        (InstanceStatus.Running, "运行中", "ew-tag-info"), (InstanceStatus.Completed, "已结束", "ew-tag-ok"),
        (InstanceStatus.Terminated, "已终止", "ew-tag-muted"),
    ];

    [BindProperty(SupportsGet = true)] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty(SupportsGet = true)] public InstanceStatus? Status { get; set; }
    /// <summary>The institution filter's text: a name, a credit code (or part of either) or an id (<see cref="InstitutionFilter"/>).</summary>
    [BindProperty(SupportsGet = true)] public string? Institution { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<InstanceRecord> Instances { get; private set; } = [];
    /// <summary>The institution of each listed instance's case, by business key (none for a case of no institution).</summary>
    public IReadOnlyDictionary<string, Institutions.Institution> InstitutionsByKey { get; private set; } = new Dictionary<string, Institutions.Institution>();
    public IReadOnlyDictionary<string, (string Name, int Versions)> Procedures { get; private set; } = null!;
    public InstitutionFilterResult InstitutionChoice { get; private set; } = InstitutionFilterResult.None;
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Procedures = await processes.AllAsync(ct);
        InstitutionChoice = await InstitutionFilter.ResolveAsync(db, Institution, ct);
        var (page, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        var links = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (InstitutionChoice.Error is { } error)
        {
            ModelState.AddModelError("institution", error);
            PageLinks = new PageLinks(page, size, 0, links);
            return Page();
        }
        var query = await FilteredAsync(ct);
        if (format == "csv")
        {
            await CsvExport.WriteAsync(Response, "流程实例.csv", ["实例", "流程", "版本", "状态", "业务编号", "开始时间", "结束时间", "发起人"],
                query.AsNoTracking().AsAsyncEnumerable(), i => [
                    i.Id.ToString(), ProcessName(i.DefinitionKey), i.Version.ToString(), StatusText(i.Status), i.BusinessKey,
                    ChineseDates.DateTime(i.StartedAt), i.EndedAt is { } end ? ChineseDates.DateTime(end) : "", i.StartedBy], ct);
            return new EmptyResult();
        }
        PageLinks = new PageLinks(page, size, await query.CountAsync(ct), links);
        Instances = await query.Skip(PageLinks.Skip).Take(size).AsNoTracking().ToListAsync(ct);
        InstitutionsByKey = await CaseFile.InstitutionsOfKeysAsync(db, Instances.Select(i => i.BusinessKey), ct);
        return Page();
    }

    public string ProcessName(string key) => Procedures.TryGetValue(key, out var p) ? p.Name : key;

    public static string StatusText(InstanceStatus s) => Statuses.First(x => x.Status == s).Text;

    private async Task<IQueryable<InstanceRecord>> FilteredAsync(CancellationToken ct)
    {
        var query = db.Set<InstanceRecord>().AsQueryable();
        if (!string.IsNullOrEmpty(Procedure)) query = query.Where(i => i.DefinitionKey == Procedure);
        if (Version is { } version) query = query.Where(i => i.Version == version);
        if (Status is { } status) query = query.Where(i => i.Status == status);
        if (InstitutionChoice.Id is { } institutionId)
        {
            var keys = await CaseFile.KeysOfInstitutionAsync(db, institutionId, ct);
            query = query.Where(i => i.BusinessKey != null && i.BusinessKey.Length >= 36 && keys.Contains(i.BusinessKey.Substring(0, 36)));
        }
        if (IsoDate.TryParse(From, out var from)) query = query.Where(i => i.StartedAt >= BeijingMidnight(from));
        if (IsoDate.TryParse(To, out var to)) query = query.Where(i => i.StartedAt < BeijingMidnight(to.AddDays(1)));
        return query.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id);
    }

    private static DateTimeOffset BeijingMidnight(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), WorkingDayCalendar.ChinaOffset);
}
