using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// The deadline preview on the largest shipped definition, whose timers sit close together: every badge stays
/// readable (none covers another), on a desktop and on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioDeadlineBadgeTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [ProviderNeutralTheory(TestDatabase.StudioInBrowser)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_deadline_badge_covers_another_on_the_largest_definition(bool phone)
    {
        var largest = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.bpmn")
            .OrderByDescending(f => new FileInfo(f).Length).First();
        var page = await browser.NewPageAsync(app.BaseUrl, phone);
        await page.SignInAsync("admin");
        await page.GotoAsync($"/studio/{Path.GetFileNameWithoutExtension(largest)}/edit");
        await Assertions.Expect(page.Locator("[data-studio-canvas][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "预览期限" }).ClickAsync();
        var badges = page.Locator(".djs-overlay .ew-diagram-badge");
        await Assertions.Expect(badges.First).ToBeVisibleAsync();
        // Scroll the view (the mouse wheel, as a person would) until the four reminder timers on the renewal
        // window, 33 px apart on the diagram, are in sight.
        await page.Locator("[data-studio-canvas]").ScrollIntoViewIfNeededAsync();
        var canvas = (await page.Locator("[data-studio-canvas]").BoundingBoxAsync())!;
        var timer = (await page.Locator(".djs-element[data-element-id=remind60]").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
        await page.Mouse.WheelAsync(timer.X - canvas.X - canvas.Width / 4, timer.Y - canvas.Y - canvas.Height / 2);
        await Assertions.Expect(page.Locator(".djs-element[data-element-id=remind60]")).ToBeInViewportAsync();
        await page.ScreenshotAsync(phone ? "studio-deadline-badges-phone" : "studio-deadline-badges");

        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var badge in await badges.AllAsync())
            if (await badge.IsVisibleAsync() && await badge.BoundingBoxAsync() is { } box) boxes.Add(box);
        Assert.True(boxes.Count >= 5, $"only {boxes.Count} badges shown");
        var overlapping = boxes.SelectMany((a, i) => boxes.Skip(i + 1).Where(b => Overlap(a, b)).Select(b => (a, b))).ToList();
        Assert.True(overlapping.Count == 0, string.Join("; ", overlapping.Select(p => $"({p.a.X:0},{p.a.Y:0}) covers ({p.b.X:0},{p.b.Y:0})")));
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width - 1 && b.X < a.X + a.Width - 1 && a.Y < b.Y + b.Height - 1 && b.Y < a.Y + a.Height - 1;
}
