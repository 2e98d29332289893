using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Benchmarks;

/// <summary>
/// The product's own host (its Program, found through a type of its assembly; every feature, its database provider and migrations) on a real Kestrel
/// port, spoken to over real sockets. Manual clock, so timers fire when the benchmark moves it; no Hangfire server,
/// so nothing but the measured work runs; the demo users to sign in with. One handler is added: <c>noop</c>, the
/// three service tasks of the reference process.
/// </summary>
internal sealed class ServerHost : WebApplicationFactory<EvalWorkflows.Server.Data.AppDbContext>
{
    public const string Password = "Bench-Passw0rd!";
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ServerHost(IReadOnlyDictionary<string, string?> database, string mail, DateTimeOffset clock)
    {
        _settings = new Dictionary<string, string?>(database)
        {
            ["Clock:Mode"] = "Manual",
            ["Clock:Start"] = clock.ToString("O"),
            ["Seed:Demo"] = "true",
            ["Seed:Password"] = Password,
            ["Seed:Province"] = "false",
            ["Jobs:Server"] = "false",
            ["Mail:PickupDirectory"] = mail,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            // As in production, but spoken to over plain HTTP on loopback.
            ["Auth:SecureCookies"] = "false",
            ["RateLimits:Anonymous:PermitLimit"] = "100000",
        };
        UseKestrel(0);
    }

    private sealed class Noop : ITaskHandler
    {
        public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(ServerProject());
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddTaskHandler<Noop>("noop"));
    }

    /// <summary>src/EvalWorkflows.Server of this checkout, the content root the tests give the server too.</summary>
    private static string ServerProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvalWorkflows.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("EvalWorkflows.sln not found above the benchmark"), "src", "EvalWorkflows.Server");
    }

    /// <summary>http://127.0.0.1:PORT of the running server (started on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        }
    }

    /// <summary>A client of its own (its own connection and cookie), signed in as a demo user.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = Address, Timeout = TimeSpan.FromMinutes(10),
        };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{userName} could not sign in: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Deploys a definition through the API, as an admin does.</summary>
    public static async Task DeployAsync(HttpClient admin, string xml)
    {
        using var content = new StringContent(xml, System.Text.Encoding.UTF8, "application/xml");
        var response = await admin.PostAsync("/api/definitions", content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Deploy refused: {await response.Content.ReadAsStringAsync()}");
    }
}
