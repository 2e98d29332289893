using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Auth.Pages;

/// <summary>Sign-out is a POST with the anti-forgery token (a link could be triggered by another site).</summary>
public sealed class LogoutModel(PasswordSignIn signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
