using System.Text.RegularExpressions;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Institutions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountPagesTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string NewPassword = "Jinan-Skills-2025!";

    [GeneratedRegex(@"http://\S+/activate/[A-Za-z0-9_-]+")]
    private static partial Regex ActivationLink();

    [Fact]
    public async Task A_clerk_registers_an_institution_whose_contact_activates_it_from_the_mail_and_reaches_the_portal()
    {
        var clerk = await browser.NewPageAsync(app.BaseUrl);
        await clerk.SignInAsync("clerk");
        await clerk.GotoAsync("/institutions/new");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记并发送激活链接" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("[data-error-summary]")).ToContainTextAsync("请填写机构名称（name）。");
        await Assertions.Expect(clerk.Locator("[data-valmsg-for='Input.CreditCode']")).ToContainTextAsync("请填写统一社会信用代码（creditCode）。");
        // The summary lists the errors in the form's order, as a reader meets the fields.
        Assert.Equal(["请填写机构名称（name）。", "请填写统一社会信用代码（creditCode）。", "请选择机构类型（kind）。"],
            (await clerk.Locator("[data-error-summary] li").AllInnerTextsAsync()).Select(t => t.Trim()).Take(3));
        await clerk.ScreenshotAsync("institution-new-errors");

        await clerk.GetByLabel("机构名称").FillAsync("泉城技能评价中心有限公司");
        await clerk.GetByLabel("统一社会信用代码").FillAsync("91370100MA3C00001H");
        await clerk.GetByLabel("机构类型").SelectOptionAsync(new SelectOptionValue { Label = "企业" });
        await clerk.GetByLabel("法定代表人").FillAsync("王明");
        await clerk.GetByLabel("地址").FillAsync("济南市历下区解放东路16号");
        await clerk.GetByLabel("联系人", new() { Exact = true }).FillAsync("李华");
        await clerk.GetByLabel("联系电话").FillAsync("0531-86023201");
        await clerk.GetByLabel("联系人电子邮箱").FillAsync("contact@quancheng-skills.example.cn");
        await clerk.ScreenshotAsync("institution-new");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记并发送激活链接" }).ClickAsync();

        await clerk.WaitForURLAsync("**/institutions");
        await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("激活链接已发送至联系人邮箱 contact@quancheng-skills.example.cn");
        await Assertions.Expect(clerk.GetByRole(AriaRole.Row, new() { Name = "泉城技能评价中心有限公司" })).ToContainTextAsync("待激活");
        await clerk.ScreenshotAsync("institutions");

        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.To.ToString().Contains("contact@quancheng-skills.example.cn"));
        Assert.Equal("泉城技能评价中心有限公司评价机构业务系统账号激活通知", mail.Subject);
        var link = ActivationLink().Match(mail.TextBody ?? "").Value;
        Assert.StartsWith(app.BaseUrl + "/activate/", link);

        var contact = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await contact.GotoAsync(link);
        await Assertions.Expect(contact.GetByLabel("登录用户名")).ToHaveValueAsync("91370100ma3c00001h");
        await contact.ScreenshotAsync("activate-phone");
        await contact.GetByLabel("新密码", new() { Exact = true }).FillAsync("short");
        await contact.GetByLabel("再次输入新密码").FillAsync("short");
        await contact.GetByRole(AriaRole.Button, new() { Name = "设置密码并激活" }).ClickAsync();
        await Assertions.Expect(contact.Locator("[data-error-summary]")).ToContainTextAsync("密码至少需要 8 个字符。");
        await contact.GetByLabel("新密码", new() { Exact = true }).FillAsync(NewPassword);
        await contact.GetByLabel("再次输入新密码").FillAsync(NewPassword);
        await contact.GetByRole(AriaRole.Button, new() { Name = "设置密码并激活" }).ClickAsync();
        await contact.WaitForURLAsync("**/login");
        await Assertions.Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("账号已激活");

        await contact.SignInAsync("91370100ma3c00001h", NewPassword);
        Assert.EndsWith("/portal", contact.Url);

        await contact.GotoAsync(link);
        await Assertions.Expect(contact.GetByText("该激活链接无效、已使用或已过期。")).ToBeVisibleAsync();
        await clerk.ReloadAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Row, new() { Name = "泉城技能评价中心有限公司" })).ToContainTextAsync("已激活");
    }

    [Fact]
    public async Task The_public_register_lists_filed_institutions_without_signing_in_and_finds_them_by_occupation_and_city()
    {
        var institutionId = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var filedOn = new DateOnly(2025, 3, 3);
            var dates = FilingDates.Compute(scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>(), filedOn);
            db.Add(new Institution
            {
                Id = institutionId, Name = "闽江技能评价中心", CreditCode = "91350100MA3C0001XX", Kind = InstitutionKind.Enterprise,
                LegalRepresentative = "林一", Address = "福州市鼓楼区", ContactName = "陈二", ContactPhone = "0591-87000000",
                Email = "contact@minjiang.example.cn", Authority = "province",
            });
            var filing = new Filing
            {
                Id = Guid.NewGuid(), InstitutionId = institutionId, Authority = "province", InstitutionCode = "S37000025001",
                FiledOn = filedOn, ValidFrom = dates.ValidFrom, ValidUntil = dates.ValidUntil, GraceUntil = dates.GraceUntil,
                Scope = [new ScopeItem { OccupationCode = "6-18-02-04", OccupationName = "焊工", WorkType = "电焊工", Levels = [5, 4, 3] }],
                Premises = new Premises { Address = "福州市鼓楼区五四路88号" },
            };
            filing.ChangeStatus(FilingStatus.Filed, Support.TestApp.Start, "clerk", "001 art. 9");
            db.Add(filing);
            await db.SaveChangesAsync();
        }
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/register");
        await page.GetByLabel("机构名称、机构代码或职业（工种）").FillAsync("焊工");
        await page.GetByLabel("所在城市或地区").FillAsync("福州");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "电焊工" });
        await Assertions.Expect(row).ToContainTextAsync("五级/初级工");
        await Assertions.Expect(row).ToContainTextAsync("已备案");
        await Assertions.Expect(row).ToContainTextAsync("至 2028年");
        await page.ScreenshotAsync("register");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync($"**/register/{institutionId}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("闽江技能评价中心");
        await page.ScreenshotAsync("register-institution");

        await page.GotoAsync("/register?city=" + Uri.EscapeDataString("杭州"));
        await Assertions.Expect(page.Locator(".ew-empty")).ToContainTextAsync("没有符合条件的备案机构");
        var phone = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await phone.GotoAsync("/register");
        await phone.ScreenshotAsync("register-phone");
    }

    [Fact]
    public async Task A_user_changes_their_password_and_their_other_session_ends()
    {
        var here = await browser.NewPageAsync(app.BaseUrl);
        var elsewhere = await browser.NewPageAsync(app.BaseUrl);
        await here.SignInAsync("evaluator");
        await elsewhere.SignInAsync("evaluator");

        await here.GotoAsync("/account/password");
        await Assertions.Expect(here.GetByText("至少8个字符")).ToBeVisibleAsync();
        await here.GetByLabel("当前密码").FillAsync("not-the-password");
        await here.GetByLabel("新密码", new() { Exact = true }).FillAsync(NewPassword);
        await here.GetByLabel("再次输入新密码").FillAsync(NewPassword);
        await here.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(here.Locator("[data-valmsg-for=CurrentPassword]")).ToContainTextAsync("当前密码不正确。");
        await here.ScreenshotAsync("account-password-error");

        await here.GetByLabel("当前密码").FillAsync(Support.TestApp.Password);
        await here.GetByLabel("新密码", new() { Exact = true }).FillAsync(NewPassword);
        await here.GetByLabel("再次输入新密码").FillAsync(NewPassword);
        await here.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Assertions.Expect(here.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已修改");
        await here.ScreenshotAsync("account-password");

        await elsewhere.GotoAsync("/account/password");
        Assert.Contains("/login", elsewhere.Url);
        await here.GotoAsync("/account/password");
        Assert.EndsWith("/account/password", here.Url);
    }

    [Fact]
    public async Task An_admin_sees_the_health_checks_in_words_and_the_job_dashboard_which_a_clerk_may_not()
    {
        var admin = await browser.NewPageAsync(app.BaseUrl);
        await admin.SignInAsync("admin");
        await admin.GotoAsync("/admin/status");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "数据库" })).ToContainTextAsync("正常");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "邮件发送" })).ToContainTextAsync("没有发送失败或等待重试的通知。");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "工作日历" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("admin-status");
        await admin.GotoAsync("/hangfire");
        await Assertions.Expect(admin.Locator("body")).ToContainTextAsync("后台作业");
        await admin.ScreenshotAsync("hangfire");

        var clerk = await browser.NewPageAsync(app.BaseUrl);
        await clerk.SignInAsync("clerk");
        await clerk.GotoAsync("/hangfire");
        Assert.Contains("/denied", clerk.Url);
    }
}
