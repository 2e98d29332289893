using EvalWorkflows.Server.Tests.Notices;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// Three notices as a mail client shows them — a filing notice (备案告知书), a correction notice and a reminder —
/// rendered from the shipped templates in the shared layout and photographed in Chromium at a phone's width and
/// a desktop's, saved under TestResults/screenshots/ for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmailScreenshotTests(Browser browser, NoticeAppFixture fixture) : IClassFixture<NoticeAppFixture>
{
    [Theory]
    [InlineData("filing-completed")]
    [InlineData("filing-correction")]
    [InlineData("annual-reminder")]
    public async Task The_notice_reads_as_an_official_letter_on_a_phone_and_on_a_desktop(string template)
    {
        var notice = NoticeSamples.Render(fixture.App.Services, template);

        foreach (var (phone, width) in new[] { (true, 390), (false, 1280) })
        {
            var page = await browser.NewPageAsync("http://127.0.0.1", phone);
            await page.SetContentAsync(notice.Html);

            // The letter fits the screen: nothing wider than the viewport, at most 640px on a desktop.
            var letterWidth = await page.EvaluateAsync<int>("() => document.querySelector('table table').getBoundingClientRect().width");
            var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(letterWidth <= Math.Min(640, width), $"{template} letter is {letterWidth}px wide at {width}px");
            Assert.True(pageWidth <= width, $"{template} scrolls sideways at {width}px ({pageWidth}px)");
            // The header and the citation are laid out as text (Chinese glyphs found, not tofu boxes).
            var header = page.GetByText("山东省职业技能鉴定指导中心").First;
            Assert.True(await header.IsVisibleAsync());
            Assert.True((await header.BoundingBoxAsync())!.Width > 100);
            Assert.True(await page.GetByText("依据：").IsVisibleAsync());
            await page.ScreenshotAsync($"email-{template}-{(phone ? "phone" : "desktop")}");
            await page.Context.CloseAsync();
        }
    }
}
