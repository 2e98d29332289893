using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>One row of the institutions list: the institution and whether its activation link is still unused.</summary>
public sealed record InstitutionRow(Institution Institution, bool ActivationPending);

/// <summary>机构管理 — the registered institutions, searchable by name or credit code, paged in the database.</summary>
[Authorize(Roles = $"{Roles.Clerk},{Roles.Admin}")]
public sealed class InstitutionListModel(AppDbContext db, InstitutionRegistration registration) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public IReadOnlyList<InstitutionRow> Rows { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (page, size) = PageLinks.Normalize(PageNumber, null);
        var institutions = db.Set<Institution>().AsNoTracking();
        if (Q?.Trim() is { Length: > 0 } q)
            institutions = institutions.Where(i => i.Name.Contains(q) || i.CreditCode.Contains(q.ToUpperInvariant()));
        var pending = AccountActivation.PendingUserNames(db);
        var total = await institutions.CountAsync(ct);
        Rows = await institutions.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Name).Skip((page - 1) * size).Take(size)
            .Select(i => new InstitutionRow(i, pending.Contains(i.UserName))).ToListAsync(ct);
        PageLinks = new PageLinks(page, size, total, new Dictionary<string, string?> { ["q"] = Q });
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (institution is null || !await registration.ResendActivationAsync(id, InstitutionEndpoints.SiteUrl(Request), ct))
            return NotFound();
        TempData["Notice"] = $"已向{institution.Name}的联系人邮箱 {institution.Email} 重新发送激活链接，此前发送的链接已失效。";
        return Redirect(string.IsNullOrWhiteSpace(Q) ? "/institutions" : $"/institutions?q={Uri.EscapeDataString(Q)}");
    }
}
