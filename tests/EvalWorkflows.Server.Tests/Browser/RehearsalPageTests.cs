using EvalWorkflows.Server.Tests.Support;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>排练: an admin plays the filing-acceptance draft through in a sandbox from the modeler.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RehearsalPageTests(Browser browser, BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_rehearses_the_filing_draft_through_a_correction_round_and_sees_each_notice_on_its_day_and_no_mail_leaves()
    {
        var before = await RealCountsAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        await page.GotoAsync("/studio/filing-acceptance/edit");
        await Assertions.Expect(page.Locator("[data-studio-canvas][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "排练", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("排练起始日（当日09:00开始）")).ToHaveValueAsync("2025-03-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始排练" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/rehearsals/**");
        var timeline = page.Locator("[data-rehearsal-timeline]");
        await Assertions.Expect(page.Locator("[data-rehearsal-now]")).ToHaveTextAsync("2025年3月3日 09:00");
        await Assertions.Expect(Notice(timeline, "已收到")).ToContainTextAsync("2025年3月3日 09:00");

        // Monday 3 March: the clerk asks for corrections. 20 working days from 3 March end on Monday 31 March.
        var review = page.Locator("[data-rehearsal-task=review]");
        await Assertions.Expect(review).ToContainTextAsync("2025年3月10日（星期一）24:00");
        await review.GetByLabel("要求补正").CheckAsync();
        await review.GetByLabel("补正事项").FillAsync("legal-status：营业执照已过期，请提供有效期内的副本");
        await review.GetByRole(AriaRole.Button, new() { Name = "办结任务" }).ClickAsync();
        var correction = Notice(timeline, "补正的一次性告知");
        await Assertions.Expect(correction).ToContainTextAsync("2025年3月3日 09:00");
        await Assertions.Expect(correction).ToContainTextAsync("请于2025年3月31日（星期一）前补正");
        await Assertions.Expect(correction).ToContainTextAsync("营业执照已过期");

        // The reminder five working days before the deadline: Monday 24 March, 09:00.
        await page.GetByRole(AriaRole.Button, new() { Name = "到下一个定时器（2025年3月24日（星期一）09:00）" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-rehearsal-now]")).ToHaveTextAsync("2025年3月24日 09:00");
        var reminder = Notice(timeline, "补正材料请于2025年3月31日（星期一）前提交");
        await Assertions.Expect(reminder).ToContainTextAsync("2025年3月24日 09:00");

        // The institution resubmits that day; the new review counts from it and the clerk accepts.
        await page.GetByRole(AriaRole.Button, new() { Name = "模拟收到" }).ClickAsync();
        review = page.Locator("[data-rehearsal-task=review]");
        await Assertions.Expect(review).ToContainTextAsync("2025年3月31日（星期一）24:00");
        await review.GetByLabel("受理", new() { Exact = true }).CheckAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "办结任务" }).ClickAsync();
        await Assertions.Expect(Notice(timeline, "已受理")).ToContainTextAsync("2025年3月24日 09:00");
        await Assertions.Expect(page.Locator("[data-rehearsal-task=complete]")).ToContainTextAsync("2025年3月31日（星期一）24:00");
        await Notice(timeline, "补正的一次性告知").Locator("summary").ClickAsync();
        await Assertions.Expect(Notice(timeline, "补正的一次性告知").GetByText("1. 【营业执照或事业单位法人证书】营业执照已过期")).ToBeVisibleAsync();
        await page.ScreenshotAsync("studio-rehearsal");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("studio-rehearsal-phone");

        Assert.Equal(before, await RealCountsAsync());
        Assert.Empty(await app.DeliveredMailAsync());
    }

    private static ILocator Notice(ILocator timeline, string subjectPart) =>
        timeline.Locator("li[data-kind=notice]").Filter(new() { HasText = subjectPart }).Last;

    /// <summary>Instances, jobs and queued notices in the real database.</summary>
    private async Task<(int, int, int)> RealCountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<InstanceRecord>().CountAsync(), await db.Set<JobRecord>().CountAsync(), await db.Set<Notice>().CountAsync());
    }
}
