using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Benchmarks;

/// <summary>One operation run by several clients at once over HTTP, with its latencies and refusals.</summary>
internal sealed record HttpRow(string Name, int Clients, int Count, double PerSecond, double P50Ms, double P99Ms,
    int Conflicts, int Failures, double Raw, string RawShape, PeakMemory Memory);

/// <summary>
/// The engine's operations as API clients do them: C clients, each its own connection and sign-in, share N
/// operations; every request's latency is kept. 409 answers (a state changed under the client) are counted apart
/// from failures (any other non-success answer or a broken connection).
/// </summary>
internal sealed class HttpLoad(ServerHost server, Store store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<HttpRow> _rows = [];

    public IReadOnlyList<HttpRow> Rows => _rows;

    public async Task RunAsync(int count, params int[] clientCounts)
    {
        using var admin = await server.SignInAsync("admin");
        foreach (var xml in new[] { Processes.Review, Processes.Reference }) await ServerHost.DeployAsync(admin, xml);
        foreach (var clients in clientCounts)
        {
            var tag = $"C{clients}";
            await MeasureAsync("instances started (POST /api/instances)", clients, count, 1, 7, async (http, i) =>
                [await SendAsync(http, HttpMethod.Post, "/api/instances", new { definitionKey = "bench-review", businessKey = $"{tag}-{i}" })]);

            var tasks = await OpenTasksAsync($"{tag}-");
            await MeasureAsync("user tasks completed (POST /api/tasks/{id}/complete)", clients, tasks.Count, 1, 9, async (http, i) =>
                [await SendAsync(http, HttpMethod.Post, $"/api/tasks/{tasks[i]}/complete", new { data = new { approved = true } })]);

            await MeasureAsync("reference instances completed (start, find its task, complete)", clients, count, 5, 6, ReferenceAsync);
        }
    }

    /// <summary>Start the reference process (its three service tasks run before the answer), find its task, complete it.</summary>
    private static async Task<HttpStatusCode[]> ReferenceAsync(HttpClient http, int i)
    {
        var started = await http.PostAsJsonAsync("/api/instances", new { definitionKey = "bench-reference", businessKey = $"R-{i}" });
        if (!started.IsSuccessStatusCode) return [started.StatusCode];
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        var page = await http.GetAsync($"/api/tasks?instanceId={id}");
        if (!page.IsSuccessStatusCode) return [started.StatusCode, page.StatusCode];
        var items = (await page.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("items");
        if (items.GetArrayLength() != 1) return [started.StatusCode, HttpStatusCode.InternalServerError];
        var task = items[0].GetProperty("id").GetGuid();
        return [started.StatusCode, page.StatusCode, await SendAsync(http, HttpMethod.Post, $"/api/tasks/{task}/complete", new { })];
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
        using var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode;
    }

    /// <summary>The open tasks of the instances this client count started (their business keys begin with its tag).</summary>
    private async Task<List<Guid>> OpenTasksAsync(string keyPrefix)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<UserTaskRecord>().Where(t => t.BusinessKey!.StartsWith(keyPrefix) && t.Status == TaskStatus.Open)
            .Select(t => t.Id).ToListAsync();
    }

    private async Task MeasureAsync(string name, int clients, int count, int txPerOp, int rowsPerTx,
        Func<HttpClient, int, Task<HttpStatusCode[]>> operation)
    {
        var https = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => server.SignInAsync("admin")));
        var latencies = new double[count];
        int next = -1, conflicts = 0, failures = 0;
        var memory = PeakMemory.Watch();
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(https.Select(http => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                HttpStatusCode[] codes;
                try { codes = await operation(http, i); }
                catch (HttpRequestException) { codes = [HttpStatusCode.ServiceUnavailable]; }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (codes.Contains(HttpStatusCode.Conflict)) Interlocked.Increment(ref conflicts);
                else if (codes.Any(c => (int)c >= 300)) Interlocked.Increment(ref failures);
            }
        })));
        sw.Stop();
        await memory.DisposeAsync();
        foreach (var http in https) http.Dispose();
        Array.Sort(latencies);
        var raw = await store.RawRateAsync(new Row(name, count, txPerOp, rowsPerTx, 0, 0));
        Console.WriteLine($"{name}, {clients} clients: {count:N0} in {sw.Elapsed.TotalSeconds:N2} s, {conflicts} conflicts, {failures} failures; {memory}");
        _rows.Add(new HttpRow(name, clients, count, count / sw.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            conflicts, failures, raw, $"{txPerOp} tx × {rowsPerTx} rows", memory));
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
