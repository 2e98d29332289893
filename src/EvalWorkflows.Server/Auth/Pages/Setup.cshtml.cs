using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Auth.Pages;

/// <summary>
/// The first admin's setup page, reached only through the one-time link the server logs when it has no admin: the
/// admin chooses a name and password here. A used, expired or unknown link, or a server that already has an admin,
/// gets 410 and a page saying how to get a new link.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(FirstAdminSetupLink link, UserManager<AppUser> users, RoleManager<IdentityRole> roles) : PageModel
{
    [BindProperty, Display(Name = "管理员用户名"), Required(ErrorMessage = "请输入管理员用户名。"), StringLength(64, ErrorMessage = "用户名不能超过64个字符。")]
    public string? UserName { get; set; }

    [BindProperty, Display(Name = "密码"), Required(ErrorMessage = "请输入密码。"), StringLength(256, ErrorMessage = "密码不能超过256个字符。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty, Display(Name = "再次输入密码"), Required(ErrorMessage = "请再次输入密码。")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致。"), DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    /// <summary>Why the link cannot be used; null while it can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => await RefuseIfUnusableAsync(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await RefuseIfUnusableAsync(token) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        // Taken before the account is made, so two forms posted at once cannot both create an admin.
        if (!link.TryConsume(token)) return Refuse(LinkUnusable);
        var created = await FirstAdminAccount.CreateAsync(users, roles, UserName!, Password!);
        if (!created.Succeeded)
        {
            link.Restore(token);
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(UserName), error.Description);
            return Page();
        }
        TempData["Notice"] = $"管理员“{UserName!.Trim()}”已创建，请用刚才设置的密码登录。";
        return LocalRedirect("/login");
    }

    private const string LinkUnusable =
        "该设置链接已失效：链接只能使用一次，且在服务器启动后一小时内有效。请重新启动服务器以获得新的链接（见服务器日志），或在服务器上运行 create-admin 命令创建管理员。";

    private async Task<IActionResult?> RefuseIfUnusableAsync(string token)
    {
        if (await FirstAdminAccount.AdminExistsAsync(users)) return Refuse("系统已经有管理员账号，此设置链接不再可用。请直接登录；如忘记密码，请联系现有管理员。");
        return link.IsValid(token) ? null : Refuse(LinkUnusable);
    }

    private PageResult Refuse(string why)
    {
        Refusal = why;
        return new PageResult { StatusCode = StatusCodes.Status410Gone };
    }
}
