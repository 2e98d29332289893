using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Plans;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// Issue 9's first acceptance test. The plan pre-submission reminder goes 2 working days before the submission
/// deadline; an admin applies the 工作日提醒 template to the timer in the properties panel, makes it 3 in the
/// template's form and deploys. The preview's sample date is the clock's Mon 2025-03-03, read as the deadline:
/// 2 working days before is Thu 2025-02-27, 3 is Wed 2025-02-26.
/// Exams announced for Thu 2025-03-20 are due Thu 2025-03-13 (002 §四(一)); the instance announced before the
/// deploy reminds on Tue 2025-03-11 (13 − 2), the one announced after on Mon 2025-03-10 (13 − 3).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioReminderTests(Browser browser, BrowserApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_moves_the_plan_reminder_to_three_working_days_before_and_only_instances_started_afterwards_follow()
    {
        var before = await AnnounceAsync();
        var page = await browser.NewPageAsync(app.BaseUrl, phone: false);
        await page.SignInAsync("admin");
        var consoleErrors = new List<string>();
        page.Console += (_, m) =>
        {
            output.WriteLine($"console {m.Type}: {m.Text}");
            if (m.Type == "error") consoleErrors.Add(m.Text);
        };
        await page.GotoAsync("/studio/plan-announcement/edit");
        await Assertions.Expect(page.Locator("[data-studio-canvas][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var badge = page.Locator(".djs-overlays[data-container-id=firstReminderDue] .ew-diagram-badge .ew-badge-full");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览期限" }).ClickAsync();
        await Assertions.Expect(badge).ToHaveTextAsync("2025年2月27日（星期四）09:00");

        // The modeler is made with its properties panel (docs/studio.md): it is there with the diagram.
        await Assertions.Expect(page.Locator("[data-studio-properties][data-ready=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        var reminder = (await page.Locator(".djs-element[data-element-id=firstReminderDue]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(reminder.X + reminder.Width / 2, reminder.Y + reminder.Height / 2);
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-label")).ToContainTextAsync("截止前2个工作日");
        // The properties panel's template group offers the templates that fit the timer; the admin applies
        // 工作日提醒 and its form starts from what the timer already says.
        var templateGroup = page.Locator(".bio-properties-panel-group", new() { Has = page.Locator(".bio-properties-panel-group-header", new() { HasText = "模板" }) });
        await templateGroup.GetByRole(AriaRole.Button, new() { Name = "选择" }).ClickAsync();
        await page.Locator("[data-template-dialog]").GetByRole(AriaRole.Button, new() { Name = "工作日提醒" }).ClickAsync();
        await Assertions.Expect(templateGroup.GetByText("已应用")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("起算日期（变量）")).ToHaveValueAsync("submission_deadline");
        var days = page.GetByLabel("相差工作日数");
        await Assertions.Expect(days).ToHaveValueAsync("-2");
        await days.FillAsync("-3");
        await days.PressAsync("Tab");
        // The templates' schema check runs once the modeler is ready; a template it refuses is reported on the console.
        await Assertions.Expect(page.Locator("[data-studio-properties][data-templates-checked=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        Assert.Empty(consoleErrors);
        await page.ScreenshotAsync("studio-reminder-template");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览期限" }).ClickAsync();
        await Assertions.Expect(badge).ToHaveTextAsync("2025年2月26日（星期三）09:00");
        await page.ScreenshotAsync("studio-reminder-preview");

        var deploy = page.GetByRole(AriaRole.Button, new() { Name = "校验并部署" });
        await deploy.ClickAsync();
        await Assertions.Expect(page.Locator("[data-studio-deploy-reason-error]")).ToContainTextAsync("请填写修改原因");
        await Assertions.Expect(page.Locator("[data-studio-status]")).ToContainTextAsync("未部署");
        await page.ScreenshotAsync("studio-deploy-reason-missing");
        await page.GetByLabel("修改原因").FillAsync("提醒提前到截止前3个工作日");
        await deploy.ClickAsync();
        await Assertions.Expect(page.Locator("[data-studio-status]")).ToContainTextAsync("已部署为第 2 版");
        var admin = await app.LoginAsAsync("admin");
        var xml = await admin.GetStringAsync("/api/definitions/plan-announcement/versions/2/xml");
        Assert.Contains("ew:workingDays=\"-3\"", xml);
        Assert.Contains("camunda:modelerTemplate=\"ew.working-day-reminder\"", xml);
        var changes = await (await admin.GetAsync("/api/studio/changes?kind=definition")).ReadAsync(HttpStatusCode.OK);
        var change = changes.GetProperty("items").EnumerateArray().First(c => c.GetProperty("target").GetString() == "plan-announcement");
        Assert.Equal(("admin", "提醒提前到截止前3个工作日"), (change.GetProperty("changedBy").GetString(), change.GetProperty("reason").GetString()));
        var after = await AnnounceAsync();

        await admin.AdvanceClockAsync(new { to = "2025-03-10T09:00:00+08:00" });
        Assert.Equal(["2025-03-10T09:00:00+08:00"], await RemindedAtAsync(after));
        Assert.Empty(await RemindedAtAsync(before));
        await admin.AdvanceClockAsync(new { to = "2025-03-11T09:00:00+08:00" });
        Assert.Equal(["2025-03-11T09:00:00+08:00"], await RemindedAtAsync(before));
        Assert.Equal(["2025-03-10T09:00:00+08:00"], await RemindedAtAsync(after));
    }

    private async Task<PlanWorld> AnnounceAsync()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans/announcements", new { filingId = world.FilingId, examStart = "2025-03-20" });
        Assert.Equal("2025-03-13", (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("submissionDeadline").GetString());
        return world;
    }

    private static async Task<List<string?>> RemindedAtAsync(PlanWorld world) =>
        (await world.NoticesAsync("plan-announcement-reminder")).Select(n => n.GetProperty("queuedAt").GetString()).ToList();
}
