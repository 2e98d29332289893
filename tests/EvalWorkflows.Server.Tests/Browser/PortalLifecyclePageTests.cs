using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Lifecycle;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The browser app on the lifecycle scenarios' clock: a filing filed 2023-03-10, in years with calendar data.</summary>
public sealed class LifecycleBrowserApp : BrowserApp
{
    public LifecycleBrowserApp() => With("Clock:Start", "2023-03-10T09:00:00+08:00");
}

/// <summary>
/// A filed institution's later procedures in the portal, in the order its filing lives them: a scope change, the
/// yearly summary in its March window, and renewal — refused with its reason and basis in words until the window.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalLifecyclePageTests(Browser browser, LifecycleBrowserApp app) : IClassFixture<LifecycleBrowserApp>
{
    [Fact]
    public async Task A_filed_institution_requests_a_scope_change_files_its_yearly_summary_and_applies_for_renewal_in_the_window()
    {
        // Filed 2023-03-10: valid until 2026-03-09, renewal from 2025-12-09, grace until 2026-05-08.
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2023, 3, 10));
        var userName = (await filed.Portal.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me")).GetProperty("userName").GetString()!;
        var admin = await app.LoginAsAsync("admin");
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(userName);

        await page.GetByRole(AriaRole.Link, new() { Name = "职业（工种）变更" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交变更申请" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Description]")).ToContainTextAsync("请填写");
        await page.GetByLabel("新增或变更的职业（工种）及等级").FillAsync("新增 4-07-05-04 健康管理师 三级、四级");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交变更申请" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("新增 4-07-05-04 健康管理师 三级、四级");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("待审核");
        await page.ScreenshotAsync("portal-scope-changes");

        await page.GotoAsync("/portal/renewals");
        // 004 §二 in words, never the key.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("续期申请自2025年12月9日起（有效期届满前90日内）受理");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("（闽劳鉴〔2022〕26号）第二部分");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("004 §");

        // The 2023 summary is due 1–10 March 2024; Monday 4 March is inside the window.
        await admin.AdvanceToAsync("2024-03-04T09:00:00+08:00");
        await page.GotoAsync("/portal/annual-reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "报送2023年度工作总结" })).ToBeVisibleAsync();
        await page.GetByLabel("评价批次数").FillAsync("4");
        await page.GetByLabel("报考人数").FillAsync("320");
        await page.GetByLabel("合格人数").FillAsync("281");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交年度工作总结" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Plans]")).ToContainTextAsync("下一步培训评价工作打算");
        await page.ScreenshotAsync("portal-annual-report-form");
        await page.GetByLabel("四、下一步培训评价工作打算").FillAsync("新增两个工种的评价");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交年度工作总结" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("已提交，待审核");
        await page.ScreenshotAsync("portal-annual-reports");

        await admin.AdvanceToAsync("2025-12-09T09:00:00+08:00");
        await page.GotoAsync("/portal/scope-changes");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("暂停受理评价职业（工种）新增、变更申请");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交变更申请" })).ToHaveCountAsync(0);
        await page.GotoAsync("/portal/renewals");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交续期申请" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Statement]")).ToContainTextAsync("续期申请说明及工作总结");
        await page.GetByLabel("续期申请说明及有效期内工作总结").FillAsync("申请续期，有效期内共开展评价12批次。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交续期申请" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("续期申请正在评估");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2025年12月9日提交");
        await page.ScreenshotAsync("portal-renewals");

        var phone = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await phone.SignInAsync(userName);
        foreach (var (path, name) in new[] { ("/portal/renewals", "portal-renewals-phone"), ("/portal/annual-reports", "portal-annual-reports-phone"), ("/portal/scope-changes", "portal-scope-changes-phone") })
        {
            await phone.GotoAsync(path);
            await phone.ScreenshotAsync(name);
        }
    }
}
