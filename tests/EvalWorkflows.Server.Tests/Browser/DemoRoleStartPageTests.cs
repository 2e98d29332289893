using EvalWorkflows.Server.Demo;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// The browser app with the demo province built in it (Seed:Province), as the rehearsal builds it: through the
/// server's own API on the manual clock from the story's start to its "today", Monday 2025-03-17.
/// </summary>
public sealed class DemoProvinceBrowserApp : BrowserApp
{
    public DemoProvinceBrowserApp() => With("Seed:Province", "true").With("Clock:Start", DemoProvince.StoryStart);

    /// <summary>Waits (as long as the machine needs) until the seeder has played the whole story.</summary>
    public async Task BuiltAsync()
    {
        _ = BaseUrl; // starts the server, and with it the seeder
        var seeder = Services.GetServices<IHostedService>().OfType<DemoProvinceSeeder>().Single();
        await seeder.ExecuteTask!;
    }
}

/// <summary>Issue 12: every demo role signs in and finds a start page with something real on it, not an empty state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoRoleStartPageTests(Browser browser, DemoProvinceBrowserApp app) : IClassFixture<DemoProvinceBrowserApp>
{
    [Fact]
    public async Task Each_demo_role_signs_in_and_finds_a_start_page_with_real_work_on_it()
    {
        await app.BuiltAsync();
        var institution = DemoInstitutions.InPublicity;
        var people = new[]
        {
            ("admin", "/tasks"), ("clerk", "/tasks"), ("supervisor", "/tasks"), ("evaluator", "/tasks"), ("auditor", "/instances"),
            (institution.CreditCode.ToLowerInvariant(), "/portal"),
        };
        foreach (var phone in new[] { false, true })
            foreach (var (userName, start) in people)
            {
                var page = await browser.NewPageAsync(app.BaseUrl, phone);
                await page.SignInAsync(userName);
                Assert.EndsWith(start, new Uri(page.Url).AbsolutePath);
                var main = page.Locator("main");
                await Assertions.Expect(main.Locator(".ew-empty")).ToHaveCountAsync(0);
                Assert.True(await main.Locator("table tbody tr, .list-group-item").CountAsync() > 0, $"{userName}'s start page lists nothing");
                await page.ScreenshotAsync($"demo-start-{(start == "/portal" ? "institution" : userName)}{(phone ? "-phone" : "")}");
                if (start == "/portal" && !phone) await NoticeReadsAsTextAsync(page, institution);
                await page.Context.CloseAsync();
            }
    }

    /// <summary>A notice opens to its text — not the mail's HTML document dropped into the page.</summary>
    private static async Task NoticeReadsAsTextAsync(IPage page, DemoInstitution institution)
    {
        var notice = page.Locator(".ew-notice").First;
        await notice.Locator("summary").ClickAsync();
        var body = notice.Locator(".ew-notice-body");
        await Assertions.Expect(body).ToBeVisibleAsync();
        await Assertions.Expect(body).ToContainTextAsync(institution.Name);
        await Assertions.Expect(body.Locator("*")).ToHaveCountAsync(0);
        await Assertions.Expect(notice.Locator(".ew-basis")).ToContainTextAsync("依据：《");
        await page.ScreenshotAsync("demo-start-institution-notice");
    }
}
