using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Auth;

/// <summary>A test server whose requests say where they come from, and that counts password verifications.</summary>
public sealed class AccountRulesApp : TestApp
{
    public CountingPasswordHasher Hasher { get; } = new();

    public AccountRulesApp() => WithServices(s =>
    {
        s.AddSingleton<IStartupFilter, TestClientAddress>();
        s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
    });
}

/// <summary>Identity's own hasher, counting how often a password is verified.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;
    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class AccountRuleTests(AccountRulesApp app) : IClassFixture<AccountRulesApp>
{
    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password });

    [Fact]
    public async Task Ten_wrong_passwords_from_one_address_do_not_stop_the_owner_signing_in_from_another()
    {
        var stranger = app.Anonymous().From("203.0.113.7");
        for (var i = 0; i < 10; i++)
            await (await LoginAsync(stranger, "supervisor", $"guess-{i}")).ReadProblemAsync(HttpStatusCode.Unauthorized, "LOGIN_FAILED");

        var eleventh = await LoginAsync(stranger, "supervisor", TestApp.Password);
        var problem = await eleventh.ReadProblemAsync(HttpStatusCode.TooManyRequests, "LOGIN_THROTTLED");
        Assert.Equal("登录失败次数过多，请1分钟后再试。", problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(60), eleventh.Headers.RetryAfter?.Delta);

        var owner = app.Anonymous().From("198.51.100.2");
        await (await LoginAsync(owner, "supervisor", TestApp.Password)).ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_name_and_a_known_one_get_the_same_answer_after_the_same_hashing_work()
    {
        var client = app.Anonymous().From("192.0.2.10");

        var before = app.Hasher.Verifications;
        var known = await (await LoginAsync(client, "auditor", "not-the-password")).ReadProblemAsync(HttpStatusCode.Unauthorized, "LOGIN_FAILED");
        var afterKnown = app.Hasher.Verifications;
        var unknown = await (await LoginAsync(client, "nobody-by-this-name", "not-the-password")).ReadProblemAsync(HttpStatusCode.Unauthorized, "LOGIN_FAILED");

        Assert.Equal(known.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Equal("用户名或密码不正确。", unknown.GetProperty("detail").GetString());
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(1, app.Hasher.Verifications - afterKnown);
    }

    [Fact]
    public async Task A_signed_out_cookie_no_longer_works_when_replayed()
    {
        var admin = app.Anonymous().From("192.0.2.20");
        var login = await LoginAsync(admin, "admin", TestApp.Password);
        login.EnsureSuccessStatusCode();
        var cookie = AuthCookie(login);
        var replay = app.CreateClient(new() { HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        await (await replay.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/auth/logout", null)).StatusCode);

        await (await replay.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Locking_an_account_out_ends_its_session_and_its_owner_is_told_only_with_the_right_password()
    {
        var evaluator = app.Anonymous().From("192.0.2.30");
        (await LoginAsync(evaluator, "evaluator", TestApp.Password)).EnsureSuccessStatusCode();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("evaluator"))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }

        await (await evaluator.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        await (await LoginAsync(evaluator, "evaluator", "not-the-password")).ReadProblemAsync(HttpStatusCode.Unauthorized, "LOGIN_FAILED");
        await (await LoginAsync(evaluator, "evaluator", TestApp.Password)).ReadProblemAsync(HttpStatusCode.Unauthorized, "LOCKED_OUT");
    }

    internal static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("EvalWorkflows.Auth="));
}

public sealed class CookieSecurityTests
{
    [Fact]
    public async Task Outside_development_the_session_cookie_is_sent_only_over_https()
    {
        using var app = new TestApp().With("environment", "Production");
        var login = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = TestApp.Password });

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EvalWorkflows.Auth="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
