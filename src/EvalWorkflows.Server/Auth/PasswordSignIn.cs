using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>The outcome of a sign-in attempt, in the words a person reads.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Code, string? Message, AppUser? User, TimeSpan? RetryAfter = null)
{
    public static SignInOutcome Failed(string code, string message) => new(false, code, message, null);
    public bool Throttled => RetryAfter is not null;
}

/// <summary>
/// The one way to sign in with a name and password, used by the sign-in page and POST /api/auth/login alike, so
/// throttling and wording can never differ between them. Failures slow down per client address and per account
/// (<see cref="SignInThrottle"/>) rather than lock the account, and an unknown name, an account without a
/// password yet and a wrong password cost the same hashing work and get the same words.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, IHttpContextAccessor http)
{
    public const string WrongCredentials = "用户名或密码不正确。";

    // A hash of a random password, verified when there is no real hash to verify, so the time taken does not
    // tell whether the name exists. Made by the same hasher (and iteration count) as real hashes.
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool persistent = false)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var account = users.NormalizeName(userName.Trim());
        if (throttle.WaitBeforeAttempt(address, account) is { } wait) return Throttled(wait);

        var user = await users.FindByNameAsync(userName.Trim());
        if (!await PasswordMatchesAsync(user, password))
        {
            throttle.RecordFailure(address, account);
            return SignInOutcome.Failed("LOGIN_FAILED", WrongCredentials);
        }
        // Told only to whoever knows the password, so it reveals nothing to a guesser.
        if (await users.IsLockedOutAsync(user!))
            return SignInOutcome.Failed("LOCKED_OUT", "该账号已被停用，请联系本中心系统管理员。");
        await signIn.SignInAsync(user!, persistent);
        return new(true, null, null, user);
    }

    private async Task<bool> PasswordMatchesAsync(AppUser? user, string password)
    {
        if (user?.PasswordHash is not null) return await users.CheckPasswordAsync(user, password);
        var decoy = new AppUser();
        _decoyHash ??= users.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(decoy, _decoyHash, password);
        return false;
    }

    private static SignInOutcome Throttled(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new(false, "LOGIN_THROTTLED", $"登录失败次数过多，请{minutes}分钟后再试。", null, wait);
    }

    /// <summary>
    /// Ends every session of the user, not only this browser's: the new security stamp makes each existing
    /// cookie fail its check on the next request (see <see cref="AuthExtensions"/>).
    /// </summary>
    public async Task SignOutAsync()
    {
        if (await users.GetUserAsync(signIn.Context.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
    }
}
