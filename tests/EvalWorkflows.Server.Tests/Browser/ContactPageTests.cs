using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ContactPageTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_institution_corrects_its_mail_address_sees_the_error_beside_the_field_first_and_the_clerk_sees_the_history()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var code = "91370100MA3C0D01" + "1";
        var created = await (await clerk.PostAsJsonAsync("/api/institutions",
                FilingDriver.InstitutionBody(code + UnifiedSocialCreditCode.CheckCharacter(code))))
            .ReadAsync(HttpStatusCode.Created);

        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(created.GetProperty("userName").GetString()!, created.GetProperty("password").GetString()!);
        await page.GetByRole(AriaRole.Link, new() { Name = "机构信息" }).First.ClickAsync();
        await page.GetByLabel("联系人电子邮箱").FillAsync("banshi@");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Form_Email ~ .ew-field-error, .ew-field-error[data-valmsg-for='Form.Email']"))
            .ToContainTextAsync("通知无法投递");
        await Assertions.Expect(page.Locator(".ew-field-error[data-valmsg-for='Form.Reason']")).ToContainTextAsync("更正原因");
        await page.ScreenshotAsync("portal-profile-errors");

        await page.GetByLabel("联系人电子邮箱").FillAsync("banshi@jinan-skills.example.cn");
        await page.GetByLabel("更正原因").FillAsync("原邮箱停用");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();
        await Assertions.Expect(page.GetByText("联系信息已更正")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("banshi@jinan-skills.example.cn");
        await page.ScreenshotAsync("portal-profile");

        var staff = await browser.NewPageAsync(app.BaseUrl);
        await staff.SignInAsync("clerk");
        await staff.GotoAsync($"/institutions/{created.GetProperty("id").GetGuid()}");
        await Assertions.Expect(staff.Locator("table")).ToContainTextAsync("原邮箱停用");
        await staff.ScreenshotAsync("institution-detail");
    }
}
