using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.FirstRun;

/// <summary>
/// A newcomer's first start: the real server process on an empty database logs one setup link; the first admin is
/// created through it (anti-forgery, field errors beside the fields) and signs in; the link then works no more.
/// </summary>
public sealed class FirstAdminSetupTests
{
    private const string Password = "Qilu-Centre-2025!";

    [Fact]
    public async Task The_first_admin_is_created_through_the_logged_link_signs_in_and_the_link_is_refused_afterwards()
    {
        await using var server = await ServerProcess.StartAsync();
        var link = (await server.WaitForLineAsync(new Regex(@"http://\S+/setup/(\S+)"), TimeSpan.FromMinutes(1))).Value;
        Assert.Single(Regex.Matches(server.Output, "/setup/"));
        var browser = server.Client();

        var mismatch = await PostFormAsync(browser, link, "wangfang", Password, "Another-2025!");
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("两次输入的密码不一致。", await TextAsync(mismatch));
        var weak = await PostFormAsync(browser, link, "wangfang", "weakpassword", "weakpassword");
        var weakPage = await TextAsync(weak);
        Assert.Contains("密码须包含至少一个大写字母。", weakPage);
        Assert.Matches("data-valmsg-for=\"Password\"[^>]*>[^<]*密码须包含至少一个符号", weakPage);

        var created = await PostFormAsync(browser, link, "wangfang", Password, Password);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/login", created.Headers.Location?.OriginalString);

        var admin = await server.SignInAsync("wangfang", Password);
        var me = await (await admin.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(["admin"], me.GetProperty("roles").Strings());

        var again = await server.Client().GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("系统已经有管理员账号", await TextAsync(again));
        var secondUse = await PostFormAsync(server.Client(), link, "intruder", Password, Password, expectForm: false);
        Assert.Equal(HttpStatusCode.Gone, secondUse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client().PostAsync("/api/auth/login",
            JsonContent.Create(new { userName = "intruder", password = Password }))).StatusCode);
    }

    [Fact]
    public async Task A_link_with_a_wrong_token_is_refused_and_no_form_is_shown()
    {
        await using var server = await ServerProcess.StartAsync();
        var link = (await server.WaitForLineAsync(new Regex(@"http://\S+/setup/(\S+)"), TimeSpan.FromMinutes(1))).Value;

        var wrong = await server.Client().GetAsync(link[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Gone, wrong.StatusCode);
        var page = await TextAsync(wrong);
        Assert.Contains("该设置链接已失效", page);
        Assert.DoesNotContain("<form method=\"post\" novalidate", page);
    }

    /// <summary>The page as a reader sees its text: Razor writes Chinese as character references.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Opens the page (for its anti-forgery token and cookie) and posts the form as a browser would. A refused link
    /// shows no form, so a replay takes a valid token from the sign-in page instead.
    /// </summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string link, string userName, string password,
        string confirm, bool expectForm = true)
    {
        var page = await (await browser.GetAsync(expectForm ? link : "/login")).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["ConfirmPassword"] = confirm, ["__RequestVerificationToken"] = token,
        }));
    }
}
