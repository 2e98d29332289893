using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

public static partial class PageExtensions
{
    [System.Text.RegularExpressions.GeneratedRegex("/login")]
    private static partial System.Text.RegularExpressions.Regex LoginPage();

    /// <summary>Signs in through the sign-in page as a person would and waits for the start page.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = TestApp.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            // Signed in means the server sent the browser on to the start page; the test's next step waits for
            // whatever page it opens. Waiting here for the start page's load event as well failed twice in full CI
            // runs (the first browser class, a cold server and browser while other classes start real processes):
            // the start page had rendered in full, its load event had not come 45 s later; never seen in focused runs.
            // Not WaitForURLAsync: when the URL already matches as it is called (the redirect came first), it waits for
            // the load event whatever WaitUntil says (Playwright maps Commit to no load state, and no load state to
            // Load), which is how a full CI run failed again with the start page rendered and its address right.
            await Assertions.Expect(page).Not.ToHaveURLAsync(LoginPage(), new() { Timeout = 45_000 });
        }
        catch (PlaywrightException timeout) // the assertion's failure (Playwright's TimeoutException is one too)
        {
            // Say what the page said (a refusal beside the field, a throttling message) instead of only "timeout".
            var said = await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            throw new TimeoutException($"Signing in as {userName} stayed on {page.Url}; the page said: {said}", timeout);
        }
        // Tests that look at the start page straight away (screenshots, counts) want it loaded; where its load
        // event is late, as above, the test's own next step (each with its own wait) decides.
        try { await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15_000 }); }
        catch (TimeoutException) { }
    }

    /// <summary>
    /// Saves a full-page screenshot as TestResults/screenshots/NAME.png at the repository root, where the
    /// README's pictures come from and where people look at every page.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvalWorkflows.sln"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
