using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The studio's front page in December 2026, when the State Council has not yet given 2027's holidays here.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioUncoveredYearTests(Browser browser, StudioUncoveredYearTests.App app) : IClassFixture<StudioUncoveredYearTests.App>
{
    public sealed class App : BrowserApp
    {
        public App() => With("Clock:Start", "2026-12-01T09:00:00+08:00");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task The_studio_flags_next_year_without_calendar_data_and_its_calendar_page_says_so()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio");
        var flag = page.Locator("[data-uncovered-years]");
        await Assertions.Expect(flag).ToContainTextAsync("日历缺数据");
        await Assertions.Expect(flag.GetByRole(AriaRole.Link)).ToHaveTextAsync(["2027 年"]);
        await page.ScreenshotAsync("studio-uncovered-year");

        await flag.GetByRole(AriaRole.Link, new() { Name = "2027 年" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-calendar-missing]")).ToContainTextAsync("2027 年还没有国务院放假安排数据");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "添加 2027 年的放假安排" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td[data-date='2027-01-02']")).ToHaveClassAsync("ew-day-weekend");
    }
}
