using System.Net.Http.Json;
using System.Text.Json;

namespace EvalWorkflows.Server.Demo;

/// <summary>
/// One person of the demo province talking to this server's own JSON API over HTTP, signed in with their cookie,
/// so the province is made by exactly the requests a clerk, an institution or a supervisor would send.
/// </summary>
public sealed class DemoClient : IDisposable
{
    private readonly HttpClient _http;

    private DemoClient(HttpClient http, string userName) => (_http, UserName) = (http, userName);

    public string UserName { get; }

    /// <summary>
    /// Signs in with POST /api/auth/login. The session cookie is replayed by hand rather than by a cookie container,
    /// which would withhold a <c>Secure</c> cookie from a plain-http loopback address.
    /// </summary>
    public static async Task<DemoClient> SignInAsync(Uri server, string userName, string password, CancellationToken ct)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        var client = new DemoClient(http, userName);
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password }, ct);
        await client.EnsureAsync(response, "POST /api/auth/login", ct);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : [];
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        return client;
    }

    /// <summary>An anonymous visitor (objections to published results need no account).</summary>
    public static DemoClient Anonymous(Uri server) => new(new HttpClient { BaseAddress = server }, "anonymous");

    public async Task<JsonElement> PostAsync(string path, object? body, CancellationToken ct)
    {
        var response = await _http.PostAsJsonAsync(path, body ?? new { }, ct);
        return await EnsureAsync(response, $"POST {path}", ct);
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct) =>
        await EnsureAsync(await _http.GetAsync(path, ct), $"GET {path}", ct);

    /// <summary>The items of a list answer, whether it comes as an array or as a page <c>{items: [...]}</c>.</summary>
    public async Task<List<JsonElement>> ListAsync(string path, CancellationToken ct)
    {
        var body = await GetAsync(path, ct);
        var items = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("items", out var page) ? page : body;
        return [.. items.EnumerateArray()];
    }

    private async Task<JsonElement> EnsureAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Demo province: {what} as {UserName} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
