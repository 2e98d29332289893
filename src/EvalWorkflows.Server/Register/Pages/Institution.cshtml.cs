using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Register.Pages;

/// <summary>One institution in the public register: each of its filings the register shows, newest first.</summary>
[AllowAnonymous]
public sealed class RegisterInstitutionModel(RegisterQuery register) : PageModel
{
    public IReadOnlyList<RegisterEntry> Filings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Filings = await register.OfInstitutionAsync(id, ct);
        return Filings.Count == 0 ? NotFound() : Page();
    }
}
