using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>Identity's password rules, told in Chinese beside each new-password field (ChineseIdentityErrors words the refusals).</summary>
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
