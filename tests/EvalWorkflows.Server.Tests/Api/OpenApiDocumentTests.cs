using System.Net;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EvalWorkflows.Server.Tests.Api;

/// <summary>The API describes itself: every operation, parameter and schema field says what it is.</summary>
public sealed class OpenApiDocumentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_operation_has_a_summary_and_every_parameter_says_what_it_is()
    {
        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json")).ReadAsync(HttpStatusCode.OK);
        var missing = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
        {
            operations++;
            var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
            if (!HasText(operation.Value, "summary")) missing.Add($"{name}: summary");
            if (operation.Value.TryGetProperty("parameters", out var parameters))
                foreach (var parameter in parameters.EnumerateArray().Where(p => !HasText(p, "description")))
                    missing.Add($"{name}: parameter {parameter.GetProperty("name").GetString()}");
        }
        Assert.True(operations >= 50, $"only {operations} operations described");
        Assert.True(missing.Count == 0, "Undocumented:\n" + string.Join("\n", missing));
        var institutions = document.GetProperty("paths").GetProperty("/api/institutions").GetProperty("get").GetProperty("parameters");
        Assert.Equal(["page", "pageSize", "q"], institutions.EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Every_field_of_every_schema_has_a_description_and_request_texts_their_limits()
    {
        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json")).ReadAsync(HttpStatusCode.OK);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var missing = new List<string>();
        foreach (var schema in schemas.EnumerateObject().Where(s => s.Name is not ("ProblemDetails" or "HttpValidationProblemDetails")))
            if (schema.Value.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    if (!HasText(property.Value, "description")) missing.Add($"{schema.Name}.{property.Name}");
        Assert.True(missing.Count == 0, "Undocumented:\n" + string.Join("\n", missing));
        Assert.Equal(100, schemas.GetProperty("RaiseObjectionRequest").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task The_interactive_reference_is_served_at_scalar()
    {
        var response = await app.Anonymous().GetAsync("/scalar");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("EvalWorkflows API", html);
    }

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0;
}

/// <summary>Outside Development the API's description is for admins only.</summary>
public sealed class ProductionApiDocumentTests : IDisposable
{
    private readonly TestApp _app = new TestApp().With("environment", "Production")
        // Production, but spoken to over the test server's plain HTTP.
        .With("Auth:SecureCookies", "false");

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar")]
    public async Task The_api_document_and_reference_need_an_admin_outside_development(string path)
    {
        // Outside /api a refusal sends the browser to sign in: a redirect, never the document.
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains((await anonymous.GetAsync(path)).StatusCode, Refused);
        var clerk = await _app.LoginAsAsync("clerk");
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _app.LoginAsAsync("admin")).GetAsync(path)).StatusCode);
    }

    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Redirect];

    public void Dispose() => _app.Dispose();
}
