using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The studio's version diff, calendar and incident pages, each on its own app (deploys change the list).</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioDefinitionPagesTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_diff_page_marks_the_task_whose_deadline_changed_and_names_the_attribute()
    {
        var admin = await app.LoginAsAsync("admin");
        var xml = await admin.GetStringAsync("/api/definitions/filing-acceptance/versions/1/xml");
        var changed = xml.Replace("add_working_days(review_from, 5)", "add_working_days(review_from, 6)", StringComparison.Ordinal);
        Assert.NotEqual(xml, changed);
        var content = new StringContent(changed, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        (await admin.PostAsync("/api/definitions", content)).EnsureSuccessStatusCode();

        foreach (var phone in new[] { false, true })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync("admin");
            await page.GotoAsync("/studio");
            await page.GetByRole(AriaRole.Link, new() { Name = "与上一版对比" }).First.ClickAsync();
            await page.WaitForURLAsync("**/studio/filing-acceptance/diff?from=1&to=2");
            await Assertions.Expect(page.Locator("[data-diff-side=to][data-ready=true]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-diff-side=to] .djs-element.ew-diff-changed[data-element-id=review]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-diff-side=to] .djs-overlays[data-container-id=review] .ew-diagram-badge"))
                .ToHaveTextAsync("属性修改");
            var row = page.Locator("[data-diff-table] tr[data-diff-element=review]");
            await Assertions.Expect(row).ToContainTextAsync("属性修改");
            await Assertions.Expect(row).ToContainTextAsync("dueDate");
            await Assertions.Expect(row).ToContainTextAsync(
                "dueDate：end_of_day(add_working_days(review_from, 5)) → end_of_day(add_working_days(review_from, 6))");
            await Assertions.Expect(page.Locator("[data-diff-table] tbody tr")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(phone ? "studio-diff-phone" : "studio-diff");
        }
    }
}
