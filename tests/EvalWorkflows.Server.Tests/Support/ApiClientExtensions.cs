using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EvalWorkflows.Server.Tests.Support;

/// <summary>The calls the scenarios make over and over, spelled once.</summary>
public static class ApiClientExtensions
{
    public static string BpmnFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", name));

    public static Task<HttpResponseMessage> PostXmlAsync(this HttpClient client, string url, string xml) =>
        client.PostAsync(url, new StringContent(xml, Encoding.UTF8, "application/xml"));

    /// <summary>Deploys a file of Bpmn/ and returns the deploy answer ({key, version, created}).</summary>
    public static async Task<JsonElement> DeployAsync(this HttpClient client, string file)
    {
        var response = await client.PostXmlAsync("/api/definitions", BpmnFile(file));
        return await response.ReadAsync(HttpStatusCode.Created);
    }

    public static async Task<Guid> StartAsync(this HttpClient client, string definitionKey, string? businessKey = null, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionKey, businessKey, variables });
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetInstanceAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/instances/{id}")).ReadAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> OpenTaskAsync(this HttpClient client, Guid instanceId)
    {
        var tasks = (await (await client.GetAsync($"/api/tasks?mine=true&instanceId={instanceId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return Assert.Single(tasks.EnumerateArray());
    }

    public static async Task<JsonElement> AdvanceClockAsync(this HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/clock/advance", body)).ReadAsync(HttpStatusCode.OK);

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem details answer with this status and code, and returns it.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        var problem = await response.ReadAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
