using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>The outcome of a sign-in attempt, in the words a person reads.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Code, string? Message, AppUser? User)
{
    public static SignInOutcome Failed(string code, string message) => new(false, code, message, null);
}

/// <summary>
/// The one way to sign in with a name and password, used by the sign-in page and POST /api/auth/login alike, so
/// throttling and wording can never differ between them.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users)
{
    public const string WrongCredentials = "用户名或密码不正确。";

    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool persistent = false)
    {
        var user = await users.FindByNameAsync(userName);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return SignInOutcome.Failed("LOCKED_OUT", "登录失败次数过多，账号已暂时锁定，请稍后再试。");
        if (!result.Succeeded) return SignInOutcome.Failed("LOGIN_FAILED", WrongCredentials);
        return new(true, null, null, user);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
