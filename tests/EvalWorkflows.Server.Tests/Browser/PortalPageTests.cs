using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Plans;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PortalPageTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>The API drivers' clients go to the Kestrel port the browser uses, so both see one server.</summary>

    [Fact]
    public async Task An_institution_files_with_an_uploaded_pdf_sees_the_correction_items_and_resubmits()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var created = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00001H")))
            .ReadAsync(HttpStatusCode.Created);
        var userName = created.GetProperty("userName").GetString()!;
        var password = created.GetProperty("password").GetString()!;

        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(userName, password);
        Assert.EndsWith("/portal", page.Url);
        await page.ScreenshotAsync("portal-dashboard");
        await page.GotoAsync("/portal/filings/new");
        await page.GetByLabel("办公场所面积（㎡）").FillAsync("45");
        await page.GetByLabel("场所自有或租赁年限（年）").FillAsync("5");
        await page.GetByLabel("办公场所详细地址").FillAsync("济南市历下区解放东路16号");
        await page.GetByLabel("职业编码", new() { Exact = true }).FillAsync("6-18-02-04");
        await page.GetByLabel("职业（工种）名称").FillAsync("焊工");
        await page.GetByLabel("五级/初级工").CheckAsync();
        await page.GetByLabel("姓名").FillAsync("考评员甲");
        await page.GetByLabel("考评职业编码").FillAsync("6-18-02-04");
        await page.Locator("#upload-filing-form").SetInputFilesAsync(new FilePayload
            { Name = "备案表.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Create() });
        await page.ScreenshotAsync("portal-filing-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "检查填写内容" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "检查并提交备案申请" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "备案表.pdf" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("portal-filing-check");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认并提交备案申请" }).ClickAsync();
        await page.WaitForURLAsync("**/portal/filings/*-*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("形式审查中");
        var filingId = Guid.Parse(page.Url.Split('/').Last());

        var filing = await (await clerk.GetAsync($"/api/filings/{filingId}")).ReadAsync(HttpStatusCode.OK);
        var fileId = filing.GetProperty("materials")[0].GetProperty("fileId").GetGuid();
        Assert.Equal(SamplePdf.Create(), await (await clerk.GetAsync($"/files/{fileId}")).Content.ReadAsByteArrayAsync());

        var admin = await app.LoginAsAsync("admin");
        var instance = (await (await admin.GetAsync($"/api/instances?businessKey={filingId}")).ReadAsync(HttpStatusCode.OK));
        var instanceId = (instance.ValueKind == System.Text.Json.JsonValueKind.Array ? instance[0] : instance.GetProperty("items")[0]).GetProperty("id").GetGuid();
        var review = await clerk.OpenTaskAsync(instanceId);
        (await clerk.PostAsJsonAsync($"/api/tasks/{review.GetProperty("id").GetGuid()}/complete", new
        {
            outcome = "correct",
            data = new { correction_items = new[]
            {
                new { material = "premises-proof", description = "未提交场地产权证明或租赁合同" },
                new { material = "scope", description = "理论考场面积未填写" },
                new { material = "assessors", description = "考评人员证书编号未填写" },
            } },
        })).EnsureSuccessStatusCode();

        await page.ReloadAsync();
        var items = page.Locator(".ew-correction-items > li");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("场地产权证明或3年以上租赁合同");
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("未提交场地产权证明或租赁合同");
        await Assertions.Expect(items.Nth(1)).ToContainTextAsync("理论考场面积未填写");
        // The form sections named are shown with the filed values, to be corrected on the page.
        await Assertions.Expect(page.GetByLabel("职业（工种）名称")).ToHaveValueAsync("焊工");
        await Assertions.Expect(page.GetByLabel("姓名")).ToHaveValueAsync("考评员甲");
        await page.ScreenshotAsync("portal-filing-correction");
        await page.Locator("#upload-premises-proof").SetInputFilesAsync(new FilePayload
            { Name = "租赁合同.pdf", MimeType = "application/pdf", Buffer = SamplePdf.Create("lease") });
        await page.GetByLabel("理论考场面积（㎡）").FillAsync("80");
        await page.GetByLabel("考评员证书编号").FillAsync("KP-2025-001");
        await page.GetByLabel("考评职业编码").FillAsync("6-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新提交补正材料" }).ClickAsync();
        // The rules of a new filing, beside the field; the file chosen is kept.
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Assessors[0].OccupationCode']")).ToContainTextAsync("格式不正确");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "租赁合同.pdf" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("portal-filing-correction-error");
        await page.GetByLabel("考评职业编码").FillAsync("6-18-02-04");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新提交补正材料" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("形式审查中");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "租赁合同.pdf" })).ToBeVisibleAsync();
        var corrected = await (await clerk.GetAsync($"/api/filings/{filingId}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("KP-2025-001", corrected.GetProperty("assessors")[0].GetProperty("certificateNo").GetString());
        Assert.Equal(80m, corrected.GetProperty("scope")[0].GetProperty("theoryAreaM2").GetDecimal());
        var clerkPage = await browser.NewPageAsync(app.BaseUrl);
        await clerkPage.SignInAsync("clerk");
        await clerkPage.GotoAsync($"/tasks/{(await clerk.OpenTaskAsync(instanceId)).GetProperty("id").GetGuid()}");
        await Assertions.Expect(clerkPage.Locator("[aria-labelledby=case-title]")).ToContainTextAsync("考评员甲（6-18-02-04，证书编号 KP-2025-001）");
        await clerkPage.ScreenshotAsync("task-review-corrected");
        await page.ScreenshotAsync("portal-filing-detail");

        var phone = await browser.NewPageAsync(app.BaseUrl, phone: true);
        await phone.SignInAsync(userName, password);
        await phone.ScreenshotAsync("portal-dashboard-phone");
        await phone.GotoAsync($"/portal/filings/{filingId}");
        await phone.ScreenshotAsync("portal-filing-detail-phone");
        await phone.GotoAsync("/portal/filings/new");
        await phone.ScreenshotAsync("portal-filing-new-phone");
    }

    [Fact]
    public async Task A_filed_institution_sees_the_live_deadline_refuse_a_too_early_exam_and_accept_a_valid_one()
    {
        var world = await PlanWorld.CreateAsync(app);
        var userName = (await world.Institution.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me")).GetProperty("userName").GetString()!;
        foreach (var phone in new[] { true, false })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync(userName);
            await page.GotoAsync("/portal/plans/new");
            // Monday 2025-03-03: five working days on is Monday 2025-03-10.
            await Assertions.Expect(page.Locator(".ew-page-lead")).ToContainTextAsync("2025年3月10日（星期一）");
            await page.GetByLabel("考核开始日期").FillAsync("2025-03-07");
            await Assertions.Expect(page.Locator("[data-plan-deadline]")).ToContainTextAsync("考核最早可于2025年3月10日（星期一）开始");
            await Assertions.Expect(page.Locator("[data-plan-deadline]")).Not.ToContainTextAsync("002 §");
            await page.GetByLabel("考核开始日期").FillAsync("2025-03-17");
            // An exam on Monday 2025-03-17 takes plans through Monday 2025-03-10 (Mar 11–14 and 17 are the five days).
            await Assertions.Expect(page.Locator("[data-plan-deadline]")).ToContainTextAsync("最迟于2025年3月10日（星期一）报送");
            await page.ScreenshotAsync(phone ? "portal-plan-new-phone" : "portal-plan-new");
            if (phone) continue;

            await page.GetByLabel("考核开始日期").FillAsync("2025-03-07");
            await page.GetByLabel("考核结束日期").FillAsync("2025-03-07");
            await page.GetByLabel("考生人数").FillAsync("30");
            for (var i = 1; i <= 3; i++) await page.GetByLabel($"考评人员{i} 姓名").FillAsync($"考评员{i}");
            await page.GetByRole(AriaRole.Button, new() { Name = "报送考核计划" }).ClickAsync();
            var refusal = page.Locator("[data-valmsg-for=ExamStart]");
            await Assertions.Expect(refusal).ToContainTextAsync("考核最早可于2025年3月10日（星期一）开始");
            // The rule in words, never its bare key.
            await Assertions.Expect(refusal).ToContainTextAsync("（鲁人社字〔2020〕50号）第四部分第（一）项");
            await Assertions.Expect(refusal).Not.ToContainTextAsync("002 §");
            await page.ScreenshotAsync("portal-plan-refused");

            await page.GetByLabel("考核开始日期").FillAsync("2025-03-17");
            await page.GetByLabel("考核结束日期").FillAsync("2025-03-17");
            await page.GetByRole(AriaRole.Button, new() { Name = "报送考核计划" }).ClickAsync();
            await page.WaitForURLAsync("**/portal/plans");
            await Assertions.Expect(page.Locator("table")).ToContainTextAsync("2025年3月17日");
            await page.ScreenshotAsync("portal-plans");
            await page.GotoAsync("/portal");
            await Assertions.Expect(page.Locator(".list-group")).ToContainTextAsync("考核开始");
            await page.ScreenshotAsync("portal-dashboard-deadlines");
        }
    }
}
