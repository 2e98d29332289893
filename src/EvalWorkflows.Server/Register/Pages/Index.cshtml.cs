using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Register.Pages;

/// <summary>公示查询 — the public register, searchable and paged, with no sign-in (the query of GET /api/register).</summary>
[AllowAnonymous]
public sealed class RegisterListModel(RegisterQuery register) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (page, size) = PageLinks.Normalize(PageNumber, null);
        var (entries, total) = await register.SearchAsync(new RegisterSearch(Q, City), (page - 1) * size, size, ct);
        Entries = entries;
        PageLinks = new PageLinks(page, size, total, new Dictionary<string, string?> { ["q"] = Q, ["city"] = City });
    }

    /// <summary>The status tag of a filing: in force, in its grace period, or ended.</summary>
    public static string TagOf(RegisterEntry e) => e.Status switch
    {
        "filed" => "ew-tag-ok",
        "renewing" or "in-grace-renewing" => "ew-tag-info",
        "in-grace" => "ew-tag-warn",
        _ => "ew-tag-muted",
    };

    public static string AuthorityName(string authority) =>
        authority == Institutions.Institution.ProvinceAuthority ? "省级" : $"设区的市（{authority}）";
}
