using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>Identity's password rules, told in Chinese: beside each password field, and as its error messages.</summary>
public static class PasswordRules
{
    /// <summary>The rules in force, as the hint beside a new-password field.</summary>
    public static string Describe(PasswordOptions o)
    {
        var kinds = new List<string>();
        if (o.RequireUppercase) kinds.Add("大写字母");
        if (o.RequireLowercase) kinds.Add("小写字母");
        if (o.RequireDigit) kinds.Add("数字");
        if (o.RequireNonAlphanumeric) kinds.Add("符号（如 !@#-_）");
        var text = $"至少{o.RequiredLength}个字符";
        if (kinds.Count > 0) text += $"，须同时包含{string.Join("、", kinds)}";
        if (o.RequiredUniqueChars > 1) text += $"，至少{o.RequiredUniqueChars}个不同的字符";
        return text + "。";
    }
}

/// <summary>Identity's messages in Chinese (the default describer speaks English).</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"密码至少需要{length}个字符。");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"密码至少需要{uniqueChars}个不同的字符。");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "密码必须包含至少一个符号（如 !@#-_）。");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码必须包含至少一个数字。");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码必须包含至少一个小写字母。");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码必须包含至少一个大写字母。");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "当前密码不正确。");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "该账号已设置密码。");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"用户名 {userName} 已被使用。");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"用户名 {userName} 含有不允许的字符。");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"电子邮箱 {email} 已被使用。");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"电子邮箱 {email} 格式不正确。");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "账号信息已被他人修改，请刷新后重试。");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "操作失败，请稍后重试。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
