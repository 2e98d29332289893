using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Auth.Pages;

/// <summary>The sign-in page: name and password, anti-forgery, the same wording for every failure.</summary>
[AllowAnonymous]
public sealed class LoginModel(PasswordSignIn signIn) : PageModel
{
    [BindProperty, Display(Name = "用户名"), Required(ErrorMessage = "请输入用户名。"), StringLength(256, ErrorMessage = "用户名不能超过256个字符。")]
    public string? UserName { get; set; }

    [BindProperty, Display(Name = "密码"), Required(ErrorMessage = "请输入密码。"), StringLength(256, ErrorMessage = "密码不能超过256个字符。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await signIn.SignInAsync(UserName!, Password!);
        if (outcome.RetryAfter is { } wait) Response.Headers.RetryAfter = AuthEndpoints.RetryAfterSeconds(wait);
        if (!outcome.Succeeded)
        {
            // A throttled attempt is refused with 429 so that scripts and proxies see it for what it is.
            if (outcome.Throttled) Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Password), outcome.Message!);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
