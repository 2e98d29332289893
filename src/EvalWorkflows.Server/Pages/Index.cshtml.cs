using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Pages;

/// <summary>
/// "/" is each user's start page: the institution's dashboard, a worker's task inbox, an auditor's instances.
/// The signed-out are sent to the sign-in page.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true) return Redirect("/login");
        return Redirect(StartPageOf(User));
    }

    public static string StartPageOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Institution) ? "/portal"
        : user.IsInRole(Roles.Auditor) && !user.IsInRole(Roles.Admin) ? "/instances"
        : "/tasks";
}
