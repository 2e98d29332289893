using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using EvalWorkflows.Server.Notices;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Support;

/// <summary>
/// The server as the tests drive it: a fresh SQLite file (or PostgreSQL database, see <see cref="TestDatabase"/>), a manual clock standing at Monday 3 March 2025
/// 09:00 Beijing time, the demo users, and no Hangfire server (timers fire when a test moves the clock).
/// Share one per test class with <c>IClassFixture</c>; adjust before first use with <see cref="With"/>.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "Demo-Passw0rd!";
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"evalworkflows-test-{Guid.NewGuid():N}.db");

    /// <summary>The SQLite file this server runs on (on PostgreSQL: the name its database is derived from).</summary>
    public string DatabaseFile => _database;

    /// <summary>Where this server writes its mail as .eml files (no SMTP host is configured).</summary>
    public string PickupDirectory { get; } = Directory.CreateTempSubdirectory("evalworkflows-mail-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly List<Action<IServiceCollection>> _services = [];

    public TestApp()
    {
        _settings = new()
        {
            ["Clock:Mode"] = "Manual",
            ["Clock:Start"] = "2025-03-03T09:00:00+08:00",
            ["Seed:Demo"] = "true",
            ["Seed:Password"] = Password,
            // The demo users only: each test builds the institutions it needs.
            ["Seed:Province"] = "false",
            ["Jobs:Server"] = "false",
            ["Mail:PickupDirectory"] = PickupDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            // Every test signs in from the same address; the limit itself is tested with its own setting.
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in TestDatabase.Migrated(_database)) _settings[key] = value;
    }

    public TestApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public TestApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            // Each server seeds five users and most tests sign in several times: at production strength (100,000
            // PBKDF2 rounds) hashing alone costs about a minute of CPU per suite run. The hash records its own
            // round count, so verification is unchanged; the first-run tests start real processes at full strength.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            _services.ForEach(configure => configure(services));
        });
    }

    /// <summary>A client that keeps cookies, not signed in.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = ClientBaseAddress });

    /// <summary>Where API clients send requests: the in-memory server, or a real port for the browser tests.</summary>
    protected virtual Uri ClientBaseAddress => new("http://localhost");

    /// <summary>A client signed in as one of the demo users (admin, clerk, supervisor, evaluator, auditor).</summary>
    public async Task<HttpClient> LoginAsAsync(string userName)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>
    /// Delivers whatever is due (as the job after each commit would; the tests run no Hangfire server) and reads
    /// back every message written to the pickup folder.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> DeliveredMailAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().DeliverDueAsync(CancellationToken.None);
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(PickupDirectory, "*.eml"))
            messages.Add(await MimeMessage.LoadAsync(file));
        return messages.OrderBy(m => m.Date).ToList();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(PickupDirectory)) Directory.Delete(PickupDirectory, recursive: true);
        TestDatabase.Delete(_database);
    }
}

/// <summary>The same server on the system clock.</summary>
public sealed class SystemClockApp : TestApp
{
    public SystemClockApp() => With("Clock:Mode", "System");
}
