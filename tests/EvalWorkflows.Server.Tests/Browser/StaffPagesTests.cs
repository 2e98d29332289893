using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The clerk, supervisor and auditor journeys through the task inbox, task pages and instance pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPagesTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ReviewName = "形式审查：济南技能评价中心有限公司";
    private const string CreditCode = "91370100MA3C00011J";

    [Fact]
    public async Task A_clerk_asks_for_corrections_in_the_browser_then_accepts_and_completes_the_filing_and_an_auditor_sees_it_marked()
    {
        var driver = await FilingDriver.StartAsync(app, creditCode: CreditCode);
        var (filingId, instanceId) = await driver.SubmitAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("clerk");
        await page.GotoAsync("/tasks");
        await page.ScreenshotAsync("tasks");
        // The institution filter is typed, not a list of every institution: part of the name offers matches.
        var institution = page.GetByLabel("机构", new() { Exact = true });
        await institution.FillAsync("济南技能");
        await Assertions.Expect(page.Locator($"#institution-choices option[value='{CreditCode}']")).ToHaveCountAsync(1);
        await institution.FillAsync(CreditCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.Locator("#institution-hint")).ToContainTextAsync($"已选：济南技能评价中心有限公司（{CreditCode}）");
        await page.ScreenshotAsync("tasks-institution-filter");
        await page.GetByRole(AriaRole.Link, new() { Name = ReviewName }).ClickAsync();
        await Assertions.Expect(page.Locator("#checks-title")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("办公用房不少于50平方米")).ToBeVisibleAsync();
        await page.ScreenshotAsync("task-review");

        await page.GetByLabel("要求补正").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理结果" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=correction_items]")).ToContainTextAsync("补正事项");
        // The rule is cited in words, never as its bare key.
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("（鲁人社字〔2020〕190号）第三部分第2项");
        await Assertions.Expect(page.Locator("[data-error-summary]")).Not.ToContainTextAsync("000 §三.2");
        await page.ScreenshotAsync("task-review-error");
        await page.GetByLabel("补正事项").FillAsync("assessor-roster：未提交考评人员名册及证书");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理结果" }).ClickAsync();
        await page.WaitForURLAsync("**/tasks");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已办结");
        Assert.Equal("correctionRequested", (await driver.FilingAsync(filingId)).GetProperty("status").GetString());

        var resubmit = await driver.Institution.PostAsJsonAsync($"/api/filings/{filingId}/resubmit", new
        {
            materials = new[] { new { kind = "assessor-roster", fileName = "考评人员名册.pdf", digest = "e1" } },
        });
        await resubmit.ReadAsync(HttpStatusCode.OK);
        await page.GotoAsync("/tasks");
        await page.GetByRole(AriaRole.Link, new() { Name = ReviewName }).ClickAsync();
        await page.GetByLabel("受理").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理结果" }).ClickAsync();
        await page.WaitForURLAsync("**/tasks");
        await page.GotoAsync($"/tasks/{(await driver.OpenTaskAsync(driver.Clerk, instanceId)).GetProperty("id").GetGuid()}");
        await page.ScreenshotAsync("task-complete-filing");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交办理结果" }).ClickAsync();
        await page.WaitForURLAsync("**/tasks");
        await page.GotoAsync($"/tasks?institution={driver.InstitutionId}");
        await Assertions.Expect(page.Locator(".ew-empty")).ToContainTextAsync("没有符合筛选条件的待办任务");
        await page.ScreenshotAsync("tasks-empty");
        await page.GetByLabel("机构", new() { Exact = true }).FillAsync("没有这个机构");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=institution]")).ToContainTextAsync("没有名称或统一社会信用代码包含“没有这个机构”的机构");
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("没有这个机构");
        await page.ScreenshotAsync("tasks-institution-error");
        Assert.Equal("filed", (await driver.FilingAsync(filingId)).GetProperty("status").GetString());

        var auditor = await browser.NewPageAsync(app.BaseUrl);
        await auditor.SignInAsync("auditor");
        Assert.Contains("/instances", auditor.Url);
        await auditor.ScreenshotAsync("instances");
        await auditor.GotoAsync($"/instances?institution={CreditCode}");
        await Assertions.Expect(auditor.Locator("#institution-hint")).ToContainTextAsync("已选：济南技能评价中心有限公司");
        await Assertions.Expect(auditor.Locator($"a[href='/instances/{instanceId}']")).ToBeVisibleAsync();
        // Each row names the institution its case belongs to, not only the business key.
        await Assertions.Expect(auditor.Locator("tbody tr").Filter(new() { Has = auditor.Locator($"a[href='/instances/{instanceId}']") }))
            .ToContainTextAsync("济南技能评价中心有限公司");
        await auditor.ScreenshotAsync("instances-institution-filter");
        await auditor.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(auditor.Locator("[data-diagram][data-ready=true]")).ToBeVisibleAsync();
        await Assertions.Expect(auditor.Locator("[data-element-id=review]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ew-done"));
        await Assertions.Expect(auditor.Locator("[data-element-id=complete]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ew-done"));
        await Assertions.Expect(auditor.Locator("[data-element-id=filed]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ew-done"));
        Assert.DoesNotContain("ew-done", await auditor.Locator("[data-element-id=refused]").GetAttributeAsync("class") ?? "");
        await Assertions.Expect(auditor.Locator(".ew-timeline")).ToContainTextAsync("结果：要求补正");
        await Assertions.Expect(auditor.Locator(".ew-timeline")).ToContainTextAsync("clerk");
        Assert.Equal(0, await auditor.Locator("main form[method=post]").CountAsync());
        await auditor.ScreenshotAsync("instance");
        var phone = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await phone.SignInAsync("auditor");
        await phone.GotoAsync($"/instances/{instanceId}");
        await Assertions.Expect(phone.Locator("[data-diagram][data-ready=true]")).ToBeVisibleAsync();
        await phone.ScreenshotAsync("instance-phone");
        await phone.GotoAsync("/instances?institution=没有这个机构");
        await Assertions.Expect(phone.Locator("[data-valmsg-for=institution]")).ToContainTextAsync("没有名称或统一社会信用代码包含");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await phone.ScreenshotAsync("instances-institution-error-phone");
        await phone.GotoAsync("/notices");
        await phone.ScreenshotAsync("notices-phone");
        await auditor.GotoAsync("/notices");
        await Assertions.Expect(auditor.Locator("table")).ToContainTextAsync(FilingDriver.InstitutionEmail);
        await auditor.ScreenshotAsync("notices");
    }

    [Fact]
    public async Task A_second_clerk_opening_a_task_already_completed_sees_who_completed_it_and_when()
    {
        await app.AddStaffAsync("clerk2", "clerk");
        var driver = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00012M");
        var (_, instanceId) = await driver.SubmitAsync();
        var task = await driver.OpenTaskAsync(driver.Clerk, instanceId);
        var second = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await second.SignInAsync("clerk2");
        await second.GotoAsync("/tasks");
        // On a 390-px screen each task is a card with its cells labelled, and nothing scrolls sideways.
        var row = second.Locator(".ew-task-table tbody tr").First;
        await Assertions.Expect(row.Locator("td[data-label=期限]")).ToBeVisibleAsync();
        Assert.Equal("block", await row.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        Assert.True(await second.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await second.ScreenshotAsync("tasks-phone");
        await second.GotoAsync($"/tasks/{task.GetProperty("id").GetGuid()}");
        await second.ScreenshotAsync("task-review-phone");
        await (await driver.CompleteAsync(driver.Clerk, task, "accept")).ReadAsync(HttpStatusCode.OK);

        await second.GetByLabel("受理").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "提交办理结果" }).ClickAsync();

        await Assertions.Expect(second.Locator("[data-task-done]")).ToContainTextAsync("由 clerk 于");
        await Assertions.Expect(second.Locator("[data-task-done]")).ToContainTextAsync("办结，结果：受理");
        await second.ScreenshotAsync("task-done-phone");
    }
}
