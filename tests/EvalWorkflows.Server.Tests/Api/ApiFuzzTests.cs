using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Api;

/// <summary>
/// A seeded generator of malformed requests over every API endpoint the app maps, as each kind of caller, and of
/// mutated workflow files posted as definitions: no 500, no hang, and a refused request changes no row.
/// </summary>
public sealed partial class ApiFuzzTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Seed = 20_261_129;

    private static readonly string[] Bodies =
    [
        "", "{", "null", "[]", "\"text\"", "{\"a\":1}", "{\"name\":5,\"scope\":\"x\",\"filingId\":true}",
        "{\"scope\":[null],\"assessors\":[null],\"materials\":[null],\"occupations\":[null],\"sessions\":[null]}",
        "{\"examStart\":\"9999-12-31\",\"examEnd\":\"0001-01-01\",\"year\":2147483647,\"days\":-2147483648}",
        "{\"name\":\"\\ud800\",\"content\":\"\\udfff\",\"to\":\"\\ud83d\"}",
        "{\"to\":\"P99999999999D\",\"outcome\":null,\"data\":{\"x\":[[[[[[]]]]]]}}",
        new string('[', 200) + new string(']', 200),
        "{\"holidays\":[{\"date\":\"2025-02-30\",\"name\":null}],\"notice\":1}",
        "\u0000\u0001\u00ff<xml/>",
    ];

    private static readonly string?[] ContentTypes = ["application/json", "application/json", "text/plain", null, "application/xml"];

    private static readonly string[] RouteValues =
        ["00000000-0000-0000-0000-000000000000", "not-a-guid", "-1", "2147483648", "../..", "%00", "9999-12-31", "x\u00e9\u4e2d", ""];

    private static readonly string[] QueryValues = ["-1", "0", "abc", "999999999999", "true", "", "%ZZ", "\u4e2d\u6587", "9999-12-31"];

    [Fact]
    public async Task Malformed_requests_to_every_endpoint_as_every_role_never_fail_the_server_nor_write_anything()
    {
        var random = new Random(Seed);
        var callers = await CallersAsync();
        var endpoints = ApiEndpoints().ToList();
        Assert.True(endpoints.Count >= 50, $"only {endpoints.Count} endpoints found");
        var failures = new List<string>();
        foreach (var (method, pattern) in endpoints)
        foreach (var (role, client) in callers)
        for (var round = 0; round < 2; round++)
        {
            var path = Fill(pattern, random) + Query(random);
            var body = Bodies[random.Next(Bodies.Length)];
            var contentType = ContentTypes[random.Next(ContentTypes.Length)];
            var before = await RowCountsAsync();
            var status = await SendAsync(client, method, path, method is "GET" or "DELETE" ? null : body, contentType);
            if (status >= 500) failures.Add($"{status} {method} {path} as {role}: {Shorten(body)} ({contentType})");
            else if (status >= 400 && !Same(before, await RowCountsAsync()))
                failures.Add($"{status} {method} {path} as {role} changed rows: {Shorten(body)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Mutated_workflow_files_posted_as_definitions_are_refused_without_a_server_error()
    {
        var random = new Random(Seed);
        var admin = await app.LoginAsAsync("admin");
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.bpmn");
        Assert.NotEmpty(files);
        var failures = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var file = files[random.Next(files.Length)];
            var xml = Mutate(await File.ReadAllTextAsync(file), random);
            var before = await RowCountsAsync();
            var status = await SendAsync(admin, "POST", "/api/definitions", xml, "application/xml");
            if (status >= 500) failures.Add($"{status} for mutation {i} of {Path.GetFileName(file)}");
            else if (status >= 400 && !Same(before, await RowCountsAsync())) failures.Add($"mutation {i} of {Path.GetFileName(file)} changed rows");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every /api route the app maps, with its methods (not a hand-kept list).</summary>
    private IEnumerable<(string Method, string Pattern)> ApiEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, e.RoutePattern.RawText!)))
            .Where(e => e.Item2 != "/api/clock/advance") // a malformed body is refused, but a valid number of days is a legal move
            .Distinct().OrderBy(e => e.Item2).ThenBy(e => e.m);

    private async Task<List<(string Role, HttpClient Client)>> CallersAsync()
    {
        var d = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00141B");
        List<(string, HttpClient)> callers = [("anonymous", app.Anonymous()), ("admin", d.Admin), ("clerk", d.Clerk), ("institution", d.Institution)];
        return callers;
    }

    private static string Fill(string pattern, Random random) =>
        RouteParameter().Replace(pattern, _ => Uri.EscapeDataString(RouteValues[random.Next(RouteValues.Length)]));

    private static string Query(Random random)
    {
        string[] names = ["page", "pageSize", "status", "institutionId", "instanceId", "mine", "open", "q", "from", "add", "filingId", "definition"];
        var pairs = Enumerable.Range(0, random.Next(4))
            .Select(_ => $"{names[random.Next(names.Length)]}={Uri.EscapeDataString(QueryValues[random.Next(QueryValues.Length)])}");
        return "?" + string.Join("&", pairs);
    }

    private static async Task<int> SendAsync(HttpClient client, string method, string path, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static string Mutate(string xml, Random random)
    {
        var at = random.Next(xml.Length);
        return random.Next(6) switch
        {
            0 => xml[..at],
            1 => xml.Remove(at, Math.Min(random.Next(1, 400), xml.Length - at)),
            2 => xml.Insert(at, "<bpmn:task id=\"dup\"/><bpmn:task id=\"dup\"/>"),
            3 => Regex.Replace(xml, "id=\"[^\"]*\"", _ => random.Next(4) == 0 ? "id=\"\"" : $"id=\"x{random.Next(3)}\""),
            4 => xml.Replace("timeDuration", "timeCycle").Replace(">P", ">R/PT0S<!--"),
            _ => xml.Insert(at, new string('<', random.Next(1, 50))),
        };
    }

    /// <summary>Rows per table of the model, counted on the server's own connection (either provider).</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync());
        }
        return counts;
    }

    private static bool Same(Dictionary<string, long> a, Dictionary<string, long> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static string Shorten(string body) => body.Length > 60 ? body[..60] + "…" : body;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
