using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Auth.Pages;

/// <summary>
/// 修改密码 — for every signed-in user. The new security stamp ends the user's other sessions; this one is
/// renewed so the person who changed it stays signed in.
/// </summary>
[Authorize]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IOptions<IdentityOptions> identity) : PageModel
{
    [BindProperty, Display(Name = "当前密码"), Required(ErrorMessage = "请输入当前密码。"), DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [BindProperty, Display(Name = "新密码"), Required(ErrorMessage = "请输入新密码。"), DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindProperty, Display(Name = "再次输入新密码"), Required(ErrorMessage = "请再次输入新密码。"), DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    public string? ConfirmPassword { get; set; }

    public string Rules => PasswordRules.Describe(identity.Value.Password);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ModelState.AddModelError(nameof(CurrentPassword), "当前密码不正确。");
                else ModelState.AddModelError(nameof(NewPassword), error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "密码已修改。您在其他设备或浏览器上的登录已失效，需要用新密码重新登录。";
        return Redirect("/account/password");
    }
}
