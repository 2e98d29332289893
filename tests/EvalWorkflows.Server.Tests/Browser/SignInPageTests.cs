using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly BrowserApp _app = app;

    [Fact]
    public async Task The_signed_out_are_sent_to_the_sign_in_page_which_speaks_Chinese()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.GotoAsync("/");
        Assert.EndsWith("/login", page.Url);
        Assert.Equal("登录 · 职业技能评价机构备案与监管", await page.TitleAsync());
        await page.ScreenshotAsync("login");
    }

    [Fact]
    public async Task A_wrong_password_is_named_beside_the_field_and_in_the_summary()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync("clerk");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("用户名或密码不正确。");
        await Assertions.Expect(page.Locator("#Password + .ew-field-error, [data-valmsg-for=Password]"))
            .ToContainTextAsync("用户名或密码不正确。");
        await page.ScreenshotAsync("login-error");
    }

    [Fact]
    public async Task An_empty_form_names_both_fields()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("请输入用户名。");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("请输入密码。");
    }

    [Fact]
    public async Task A_clerk_who_signs_in_lands_on_the_inbox_and_after_signing_out_is_signed_out()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl, phone: true);
        await page.SignInAsync("clerk");
        Assert.Contains("/tasks", page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "菜单" }).ClickAsync();
        // The menu slides open; click only once it has finished moving (Bootstrap sets .show after the transition).
        await page.Locator("#ew-sidebar.show:not(.collapsing)").WaitForAsync();
        await page.ScreenshotAsync("menu-phone");
        await page.Locator("#ew-sidebar").GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.WaitForURLAsync("**/login", new() { Timeout = 30_000 });
        await page.GotoAsync("/");
        Assert.EndsWith("/login", page.Url);
        var me = await page.APIRequest.GetAsync("/api/auth/me");
        Assert.Equal(401, me.Status);
    }
}
