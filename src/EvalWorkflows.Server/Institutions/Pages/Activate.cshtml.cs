using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>激活账号 — the institution's contact, from the mailed link, sets the login's password.</summary>
[AllowAnonymous]
public sealed class ActivateModel(AccountActivation activation, IOptions<IdentityOptions> identity) : PageModel
{
    [BindProperty, Display(Name = "新密码"), Required(ErrorMessage = "请输入新密码。"), DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindProperty, Display(Name = "再次输入新密码"), Required(ErrorMessage = "请再次输入新密码。"), DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    public string? ConfirmPassword { get; set; }

    public AppUser? Account { get; private set; }
    public string Rules => PasswordRules.Describe(identity.Value.Password);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Account = await FindAsync(token, ct);
        if (Account is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Account = await FindAsync(token, ct);
        if (Account is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        var result = await activation.ActivateAsync(Account, NewPassword!, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(NewPassword), error.Description);
            return Page();
        }
        TempData["Notice"] = $"密码已设置，账号已激活。请用用户名 {Account.UserName} 和新密码登录。";
        return Redirect("/login");
    }

    /// <summary>The link's token must not leak to other sites through the Referer header.</summary>
    private Task<AppUser?> FindAsync(string token, CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return activation.FindAsync(token, ct);
    }
}
