using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by tests/install-test-deps.sh) driven by Playwright, launched
/// once per test run and shared; each test gets its own context (cookies) and page.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network but the package registries: keep Chromium from dialling out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
        });
    }

    /// <summary>A fresh page (own cookies) at a desktop width, or a phone's with <paramref name="phone"/>.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, bool phone = false)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
