using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings.Pages;

/// <summary>The institution's own filings, newest first, paged.</summary>
[Authorize(Roles = Roles.Institution)]
public sealed class FilingsModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public List<Filing> Filings { get; private set; } = [];
    public PageLinks PageLinks { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var institutionId = await InstitutionAccess.InstitutionOfAsync(User, users);
        var (number, size) = PageLinks.Normalize(page, null);
        var query = db.Set<Filing>().AsNoTracking().Where(f => f.InstitutionId == institutionId);
        PageLinks = new PageLinks(number, size, await query.CountAsync(ct), new Dictionary<string, string?>());
        Filings = await query.OrderByDescending(f => f.SubmittedAt).Skip(PageLinks.Skip).Take(size).ToListAsync(ct);
    }
}
