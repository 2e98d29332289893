using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The studio's notice template editor and the record of studio changes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioTemplatePagesTests(Browser browser, BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private const string Template = "publicity-restarted";

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_sees_a_syntax_error_at_its_line_fixes_it_sees_the_preview_and_saves_with_a_reason()
    {
        var page = await browser.NewPageAsync(app.BaseUrl, phone: false);
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio/templates?page=2");
        await page.ScreenshotAsync("studio-templates");
        await page.GetByRole(AriaRole.Link, new() { Name = Template, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/studio/templates/{Template}");
        var editor = page.Locator(".cm-editor .cm-content");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-preview-subject]")).ToContainTextAsync("青岛市技师学院");

        // Line 8 is the subject: an unfinished expression there is a parse error the server places on line 8.
        await GoToEndOfLineAsync(page, 8);
        await page.Keyboard.TypeAsync("{{ 1 + }}");
        await Assertions.Expect(page.Locator("#template-problems li").First).ToContainTextAsync("第 8 行");
        await Assertions.Expect(page.Locator(".cm-line").Nth(7).Locator(".cm-lintRange-error")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("studio-template-error");

        for (var i = 0; i < "{{ 1 + }}".Length; i++) await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("（更正）");
        await Assertions.Expect(page.Locator("#template-problems li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-preview-subject]")).ToContainTextAsync("（更正）");
        await Assertions.Expect(page.FrameLocator("[data-preview-html]").Locator("body")).ToContainTextAsync("青岛市技师学院");
        await page.ScreenshotAsync("studio-template-preview");

        await page.GetByLabel("修改原因").FillAsync("标题注明更正");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已保存为第 1 版");
        var row = page.Locator("#template-versions tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("第 1 版");
        await Assertions.Expect(row).ToContainTextAsync("标题注明更正");
        await Assertions.Expect(row).ToContainTextAsync("admin");
        await page.ScreenshotAsync("studio-template-saved");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task Without_a_reason_the_save_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var page = await browser.NewPageAsync(app.BaseUrl, phone: false);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio/templates/plan-filed");
        await Assertions.Expect(page.Locator(".cm-editor")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("请填写修改原因");
        await Assertions.Expect(page.Locator("#template-versions")).ToHaveCountAsync(0);
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_auditor_reads_the_change_record_on_a_phone_and_is_refused_the_template_editor()
    {
        var admin = await browser.NewPageAsync(app.BaseUrl, phone: false);
        await admin.SignInAsync("admin");
        await admin.GotoAsync("/studio/templates/plan-returned");
        await Assertions.Expect(admin.Locator(".cm-editor")).ToBeVisibleAsync();
        await admin.GetByLabel("修改原因").FillAsync("审计抽查用");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("已保存为第 1 版");

        var page = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await page.SignInAsync("auditor");
        await page.GotoAsync("/studio/changes?kind=template");
        var row = page.Locator("#studio-changes tbody tr", new() { HasText = "plan-returned" });
        await Assertions.Expect(row).ToContainTextAsync("审计抽查用");
        await Assertions.Expect(row).ToContainTextAsync("通知模板");
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await page.ScreenshotAsync("studio-changes-phone");

        await page.GotoAsync("/studio/templates/plan-returned");
        await page.WaitForURLAsync("**/denied**");
    }

    private static async Task GoToEndOfLineAsync(IPage page, int line)
    {
        await page.Locator(".cm-editor .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+Home");
        for (var i = 1; i < line; i++) await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("End");
    }
}
