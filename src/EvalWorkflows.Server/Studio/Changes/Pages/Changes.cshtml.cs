using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.Changes.Pages;

/// <summary>变更记录 — every studio change with who, when, what and why; admins and auditors read it, nobody edits it.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Auditor}")]
public sealed class ChangesModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<StudioChange> Changes { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;
    public string? Kind { get; private set; }

    public async Task OnGetAsync(string? kind, CancellationToken ct)
    {
        Kind = kind is not null && StudioChangeKinds.All.Contains(kind) ? kind : null;
        var (number, size) = PageLinks.Normalize(int.TryParse(Request.Query["page"], out var n) ? n : null, null);
        var list = await StudioChanges.ListAsync(db, Kind, new PageQuery { Page = number, PageSize = size }, ct);
        Changes = list.Items;
        PageLinks = new PageLinks(number, size, list.Total, new Dictionary<string, string?> { ["kind"] = Kind });
    }

    /// <summary>Where the changed thing can be seen, if the studio has a page for it (admins' pages: auditors get no link).</summary>
    public static string? Link(StudioChange c) => c.Kind switch
    {
        StudioChangeKinds.Definition when c.Version is { } v => $"/studio/{c.Target}/versions/{v}",
        StudioChangeKinds.Template when c.Version is { } v => $"/studio/templates/{c.Target}/versions/{v}",
        _ => null,
    };
}
