using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Plans;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// An institution follows one batch in the portal: supervisor and report, publishes the results, sees an objection
/// and answers it with a file (which the clerk reads on the task page), sees the centre's decision, and uploads the
/// results with their score list once publicity is over. Its own app: the clock moves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalBatchPageTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_institution_follows_its_batch_publishes_results_sees_the_objection_decided_and_uploads()
    {
        var world = await PlanWorld.CreateAsync(app);
        var userName = (await world.Institution.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me")).GetProperty("userName").GetString()!;
        // The usual batch: exam Mon 10 – Tue 11 March 2025, approved, supervisor dispatched.
        var (planId, admin) = await world.ApprovedBatchAsync("2025-03-12T10:00:00+08:00");
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(userName);
        await page.GotoAsync("/portal/plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "2025年3月10日 至 2025年3月11日" }).ClickAsync();
        await page.WaitForURLAsync($"**/portal/plans/{planId}");
        var supervision = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "质量督导" }) });
        await Assertions.Expect(supervision).ToContainTextAsync("质量督导员：supervisor");
        // 3 working days after the exam's end (Tue 11 March): Fri 14 March, end of day.
        await Assertions.Expect(supervision).ToContainTextAsync("督导员应于2025年3月14日（星期五）");
        await Assertions.Expect(supervision).ToContainTextAsync("第十八条");
        await page.ScreenshotAsync("portal-batch-supervision");

        await world.ReportAsync(planId, "valid");
        await admin.AdvanceClockAsync(new { to = "2025-03-13T10:00:00+08:00" });
        await page.ReloadAsync();
        await Assertions.Expect(supervision).ToContainTextAsync("督导报告已提交");
        await page.GetByLabel("合格人数").FillAsync("31");
        await page.GetByLabel("公示地址（网站或场所）").FillAsync("机构网站公示栏");
        await page.GetByRole(AriaRole.Button, new() { Name = "公示考核结果" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Passed]")).ToContainTextAsync("合格人数须在 0 与参加考核人数之间");
        await page.GetByLabel("合格人数").FillAsync("26");
        await page.GetByRole(AriaRole.Button, new() { Name = "公示考核结果" }).ClickAsync();
        var publicity = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "结果公示" }) });
        // Published Thu 13 March: five working days are 14, 17, 18, 19, 20 March.
        await Assertions.Expect(publicity).ToContainTextAsync("公示期至2025年3月20日（星期四）");

        var objection = await app.Anonymous().PostAsJsonAsync($"/api/publicity/{planId}/objections",
            new { name = "王五", contact = "13800000000", content = "考生赵六的实操成绩登记有误" });
        await objection.ReadAsync(HttpStatusCode.Created);
        await page.ReloadAsync();
        await Assertions.Expect(publicity.Locator("[data-objection]")).ToContainTextAsync("核查中");
        await Assertions.Expect(publicity.Locator("[data-objection]")).ToContainTextAsync("考生赵六的实操成绩登记有误");
        await page.ScreenshotAsync("portal-batch-objection");
        var answer = publicity.Locator("[data-objection] form");
        await answer.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Answer]")).ToContainTextAsync("请填写答复内容");
        await page.GetByLabel("答复内容").FillAsync("经核对原始记录，赵六实操成绩登记无误。");
        await page.GetByLabel("证明材料（可选，PDF、PNG或JPEG，可多选）").SetInputFilesAsync(
            new FilePayload { Name = "实操评分表.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Create() });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(publicity.Locator("[data-objection]")).ToContainTextAsync("已答复");
        await Assertions.Expect(publicity.Locator("[data-objection] a")).ToHaveTextAsync("实操评分表.pdf");
        await Assertions.Expect(answer).ToHaveCountAsync(0);
        await page.ScreenshotAsync("portal-batch-objection-answered");

        var clerk = await app.LoginAsAsync("clerk");
        var clerkPage = await browser.NewPageAsync(app.BaseUrl);
        await clerkPage.SignInAsync("clerk");
        await clerkPage.GotoAsync($"/tasks/{(await PlanWorld.TaskAsync(clerk, planId, "handleObjection")).GetProperty("id").GetGuid()}");
        var staffPublicity = clerkPage.Locator("section", new() { Has = clerkPage.GetByRole(AriaRole.Heading, new() { Name = "结果公示" }) });
        await Assertions.Expect(staffPublicity).ToContainTextAsync("王五（13800000000）：考生赵六的实操成绩登记有误");
        await Assertions.Expect(staffPublicity).ToContainTextAsync("机构答复");
        await Assertions.Expect(staffPublicity).ToContainTextAsync("经核对原始记录，赵六实操成绩登记无误。");
        await Assertions.Expect(staffPublicity.GetByRole(AriaRole.Link, new() { Name = "实操评分表.pdf" })).ToBeVisibleAsync();
        await clerkPage.ScreenshotAsync("task-objection-answer");
        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "dismiss" });
        await admin.AdvanceClockAsync(new { to = "2025-03-21T09:00:00+08:00" });
        await page.ReloadAsync();
        await Assertions.Expect(publicity.Locator("[data-objection]")).ToContainTextAsync("异议不成立");
        var resultFiles = page.Locator("#result-files");
        await resultFiles.SetInputFilesAsync(new FilePayload { Name = "成绩汇总表.pdf", MimeType = "application/pdf", Buffer = "not a pdf"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传考核结果" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=resultFiles]")).ToContainTextAsync("不是PDF、PNG或JPEG格式");
        await page.ScreenshotAsync("portal-batch-upload-error");
        await resultFiles.SetInputFilesAsync(new FilePayload { Name = "成绩汇总表.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Create("score list") });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传考核结果" }).ClickAsync();
        await Assertions.Expect(publicity).ToContainTextAsync("结果已上传，等待市、省鉴定中心审核");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "上传考核结果" })).ToHaveCountAsync(0);
        await Assertions.Expect(publicity.GetByRole(AriaRole.Link, new() { Name = "成绩汇总表.pdf" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("portal-batch-uploaded");
        await clerkPage.GotoAsync($"/tasks/{(await PlanWorld.TaskAsync(clerk, planId, "cityReview")).GetProperty("id").GetGuid()}");
        await Assertions.Expect(staffPublicity.GetByRole(AriaRole.Link, new() { Name = "成绩汇总表.pdf" })).ToBeVisibleAsync();
        await clerkPage.ScreenshotAsync("task-results-review");

        var phone = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await phone.SignInAsync(userName);
        await phone.GotoAsync($"/portal/plans/{planId}");
        await phone.ScreenshotAsync("portal-batch-phone");
    }
}
