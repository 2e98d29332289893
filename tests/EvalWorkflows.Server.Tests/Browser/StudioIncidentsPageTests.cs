using System.Net;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The studio's incident list: a step that failed, linked to its instance, retried from the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioIncidentsPageTests(Browser browser, StudioIncidentsPageTests.App app) : IClassFixture<StudioIncidentsPageTests.App>
{
    /// <summary>The browser app with a service-task handler that always throws.</summary>
    public sealed class App : BrowserApp
    {
        public App() => WithServices(s => s.AddTaskHandler<AlwaysFails>("always-fails"));
    }

    private sealed class AlwaysFails : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the registry did not answer");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_sees_the_failed_step_with_its_error_opens_its_instance_and_retries_it()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("failing.bpmn");
        var id = await admin.StartAsync("failing");
        var now = (await (await admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK)).GetProperty("now").GetDateTimeOffset();
        await admin.AdvanceClockAsync(new { to = now.AddMinutes(10).ToString("O") });

        foreach (var phone in new[] { true, false })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync("admin");
            await page.GotoAsync("/studio/incidents");
            var row = page.Locator($"tr:has(a[href='/instances/{id}'])");
            await Assertions.Expect(row).ToContainTextAsync("callOut");
            await Assertions.Expect(row).ToContainTextAsync("the registry did not answer");
            await Assertions.Expect(row).ToContainTextAsync("未处理");
            await page.ScreenshotAsync(phone ? "studio-incidents-phone" : "studio-incidents");
            if (phone) continue;

            await row.GetByRole(AriaRole.Button, new() { Name = "重试" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("该步骤再次失败");
            await page.GotoAsync("/studio/incidents?show=resolved");
            await Assertions.Expect(page.Locator($"tr:has(a[href='/instances/{id}'])")).ToContainTextAsync("已处理");
            await page.Locator($"a[href='/instances/{id}']").First.ClickAsync();
            await page.WaitForURLAsync($"**/instances/{id}");
            // failing.bpmn has no diagram interchange, so the instance page lists the incident instead of drawing it.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "故障" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("h3:text-is(\"故障\") + ul > li")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("h3:text-is(\"故障\") + ul > li").Last).ToContainTextAsync("未处理");
        }
    }
}
