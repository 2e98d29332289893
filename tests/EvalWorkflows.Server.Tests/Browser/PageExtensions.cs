using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

public static class PageExtensions
{
    /// <summary>Signs in through the sign-in page as a person would and waits for the start page.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = TestApp.Password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            // A class's first sign-in meets a cold server (its first authenticated page compiles and JITs while
            // other test classes start theirs), so it gets longer than the default 15 s that every later step keeps.
            await page.WaitForURLAsync(url => !url.Contains("/login"), new() { Timeout = 45_000 });
        }
        catch (TimeoutException timeout)
        {
            // Say what the page said (a refusal beside the field, a throttling message) instead of only "timeout".
            var said = await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            throw new TimeoutException($"Signing in as {userName} stayed on {page.Url}; the page said: {said}", timeout);
        }
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
