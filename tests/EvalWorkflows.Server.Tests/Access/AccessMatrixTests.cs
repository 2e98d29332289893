using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Access;

/// <summary>
/// Every API endpoint and every page, enumerated from the running app's endpoints, against every role: who may
/// reach it, as declared in <see cref="Expected"/>. A new endpoint or page without a line there fails the test,
/// so access is always decided on purpose.
/// </summary>
public sealed class AccessMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Roles = [Anonymous, "institution", "clerk", "supervisor", "evaluator", "auditor", "admin"];

    // Who may reach each endpoint: a list of roles, or one of these sets.
    private const string Anyone = "anonymous institution clerk supervisor evaluator auditor admin";
    private const string SignedIn = "institution clerk supervisor evaluator auditor admin";
    private const string Staff = "clerk supervisor evaluator auditor admin";
    private const string Workers = "clerk supervisor evaluator admin";

    /// <summary>"METHOD route pattern" → the roles that may reach it (pages are checked with GET).</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        // Sign-in, accounts, errors, the public register and operations.
        ["GET /"] = Anyone,
        ["GET /login"] = Anyone,
        ["GET /logout"] = Anyone,
        ["GET /denied"] = Anyone,
        ["GET /error/{code:int}"] = Anyone,
        ["GET /account/password"] = SignedIn,
        ["GET /activate/{token}"] = Anyone,
        ["GET /setup/{token}"] = Anyone,
        ["GET /register"] = Anyone,
        ["GET /register/{id:guid}"] = Anyone,
        ["GET /institutions"] = "clerk admin",
        ["GET /institutions/new"] = "clerk admin",
        ["GET /institutions/{id:guid}"] = "clerk admin",
        ["GET /portal/profile"] = "institution",
        ["GET /admin/status"] = "admin",
        // The studio: admins only.
        ["GET /studio"] = "admin",
        ["GET /studio/{key}/versions/{version:int}"] = "admin",
        ["GET /studio/{key}/edit"] = "admin",
        ["GET /studio/new"] = "admin",
        ["GET /studio/{key}/diff"] = "admin",
        ["GET /studio/archive"] = "admin",
        ["GET /studio/calendar"] = "admin",
        ["GET /studio/incidents"] = "admin",
        ["GET /api/studio/element-templates"] = "admin",
        ["POST /api/studio/deadline-preview"] = "admin",
        // Studio rehearsals (sandboxes of drafts).
        ["GET /studio/rehearsals/{id:guid}"] = "admin",
        ["POST /api/studio/rehearsals/"] = "admin",
        ["GET /api/studio/rehearsals/{id:guid}"] = "admin",
        ["POST /api/studio/rehearsals/{id:guid}/tasks/{taskId:guid}/complete"] = "admin",
        ["POST /api/studio/rehearsals/{id:guid}/messages"] = "admin",
        ["POST /api/studio/rehearsals/{id:guid}/advance"] = "admin",
        ["DELETE /api/studio/rehearsals/{id:guid}"] = "admin",
        ["GET /api/studio/archive"] = "admin",
        ["POST /api/studio/archive"] = "admin",
        // Studio notice templates (admins) and the record of studio changes (admins and auditors, read-only).
        ["GET /studio/templates"] = "admin",
        ["GET /studio/templates/{name}"] = "admin",
        ["GET /studio/templates/{name}/versions/{number:int}"] = "admin",
        ["GET /api/templates/{name}/versions"] = "admin",
        ["GET /studio/changes"] = "auditor admin",
        ["GET /api/studio/changes"] = "auditor admin",
        ["GET /tasks"] = "clerk supervisor evaluator admin",
        ["GET /tasks/{id:guid}"] = "clerk supervisor evaluator admin",
        ["GET /portal"] = "institution",
        ["GET /portal/filings"] = "institution",
        ["GET /portal/filings/new"] = "institution",
        ["GET /portal/filings/{id:guid}"] = "institution",
        ["GET /portal/plans"] = "institution",
        ["GET /portal/plans/new"] = "institution",
        ["GET /portal/plans/{id:guid}"] = "institution",
        ["GET /portal/annual-reports"] = "institution",
        ["GET /portal/renewals"] = "institution",
        ["GET /portal/scope-changes"] = "institution",
        ["GET /files/{id:guid}"] = SignedIn,
        ["POST /api/files"] = "institution",
        ["GET /api/occupations"] = SignedIn,
        ["GET /api/plans/deadline"] = SignedIn,
        ["GET /instances"] = "auditor admin",
        ["GET /instances/{id:guid}"] = "auditor admin",
        ["GET /notices"] = "auditor admin",
        // The API reference is open to anyone in Development (as these tests run); admin-only elsewhere.
        ["GET /scalar/{documentName?}"] = Anyone,
        ["GET /scalar/favicon.svg"] = Anyone,
        ["GET /scalar/scalar.aspnetcore.js"] = Anyone,
        ["GET /scalar/scalar.js"] = Anyone,
        ["GET /hangfire/{**path}"] = "admin",
        ["GET /health"] = Anyone,
        ["GET /openapi/{documentName}.json"] = Anyone,
        ["POST /api/auth/login"] = Anyone,
        ["POST /api/auth/logout"] = SignedIn,
        ["GET /api/auth/me"] = SignedIn,
        // The engine.
        ["POST /api/definitions/"] = "admin",
        ["GET /api/definitions/"] = "admin auditor",
        ["GET /api/definitions/{key}/versions/{version:int}/xml"] = "admin auditor",
        ["POST /api/instances/"] = "admin",
        ["GET /api/instances/"] = "admin auditor",
        ["GET /api/instances/{id:guid}"] = "admin auditor",
        ["POST /api/instances/recompute-deadlines"] = "admin",
        ["PATCH /api/instances/{id:guid}/variables"] = "admin",
        ["POST /api/signals"] = "admin",
        ["GET /api/incidents/"] = "admin",
        ["POST /api/incidents/{id:guid}/retry"] = "admin",
        ["POST /api/messages"] = "admin",
        ["GET /api/tasks/"] = Staff,
        ["POST /api/tasks/{id:guid}/complete"] = Staff,
        ["POST /api/tasks/{id:guid}/claim"] = Staff,
        ["POST /api/tasks/{id:guid}/release"] = Staff,
        // Legal sources cited as bases.
        ["GET /api/sources/"] = SignedIn,
        ["GET /api/sources/{code}"] = SignedIn,
        ["GET /api/sources/{code}/history"] = SignedIn,
        ["PUT /api/sources/{code}"] = "admin",
        ["GET /api/clock/"] = "admin",
        ["POST /api/clock/advance"] = "admin",
        // Calendar and notices.
        ["GET /api/calendar/working-days"] = Anyone,
        ["GET /api/calendar/days/{date}"] = Anyone,
        ["GET /api/calendar/years"] = "admin auditor",
        ["GET /api/calendar/years/{year:int}"] = "admin auditor",
        ["GET /api/calendar/years/{year:int}/history"] = "admin auditor",
        ["PUT /api/calendar/years/{year:int}"] = "admin",
        ["GET /api/notices/"] = "admin auditor",
        ["GET /api/notices/{id:guid}"] = "admin auditor",
        ["POST /api/notices/{id:guid}/retry"] = "admin",
        ["GET /api/templates/"] = "admin",
        ["GET /api/templates/{name}"] = "admin",
        ["PUT /api/templates/{name}"] = "admin",
        ["POST /api/templates/{name}/preview"] = "admin",
        ["POST /api/templates/preview"] = "admin",
        // Institutions, filings and their lifecycle.
        ["POST /api/institutions/"] = "clerk admin",
        ["POST /api/institutions/{id:guid}/activation"] = "clerk admin",
        ["GET /api/institutions/"] = Staff,
        ["GET /api/institutions/{id:guid}"] = SignedIn,
        ["PATCH /api/institutions/{id:guid}/contact"] = "institution clerk admin",
        ["GET /api/institutions/{id:guid}/contact-history"] = SignedIn,
        ["GET /api/register"] = Anyone,
        ["POST /api/filings/"] = "institution",
        ["GET /api/filings/"] = Staff,
        ["GET /api/filings/{id:guid}"] = SignedIn,
        ["GET /api/filings/{id:guid}/checks"] = Staff,
        ["POST /api/filings/{id:guid}/resubmit"] = "institution",
        ["POST /api/filings/{id:guid}/scope-changes"] = "institution",
        ["POST /api/renewals/"] = "institution",
        ["GET /api/renewals/{id:guid}"] = SignedIn,
        ["POST /api/annual-reports/"] = "institution",
        ["GET /api/annual-reports/"] = SignedIn,
        // Plans, supervision and publicity.
        ["POST /api/plans/"] = "institution",
        ["POST /api/plans/announcements"] = "institution",
        ["POST /api/plans/{id:guid}/supervisor"] = "clerk admin",
        ["POST /api/plans/{id:guid}/supervision-report"] = "supervisor admin",
        ["POST /api/plans/{id:guid}/results"] = "institution",
        ["POST /api/plans/{id:guid}/results/upload"] = "institution",
        ["POST /api/publicity/{id:guid}/objections"] = Anyone,
        ["GET /api/publicity/{id:guid}/objections"] = "institution " + Staff,
        ["POST /api/publicity/{id:guid}/objections/{objectionId:guid}/answer"] = "institution",
    };

    /// <summary>Requests that end the caller's session when allowed: the role signs in again after them.</summary>
    private static readonly HashSet<string> EndsSession = ["POST /api/auth/logout"];

    [Fact]
    public void Every_endpoint_and_page_has_an_access_expectation_and_every_expectation_an_endpoint()
    {
        var actual = Endpoints().Select(e => e.Key).ToHashSet();
        var missing = actual.Where(k => !Expected.ContainsKey(k)).Order().ToList();
        var stale = Expected.Keys.Where(k => !actual.Contains(k)).Order().ToList();

        Assert.True(missing.Count == 0, "Declare who may reach these in AccessMatrixTests.Expected:\n"
            + string.Join("\n", missing.Select(k => $"        [\"{k}\"] = ...,")));
        Assert.True(stale.Count == 0, "These expectations name no endpoint any more:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_and_pages_declared_for_it()
    {
        var wrong = new List<string>();
        foreach (var role in Roles)
        {
            var client = await ClientAsync(role);
            foreach (var (key, method, url, contentType) in Endpoints().Where(e => Expected.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var allowed = Expected[key].Split(' ').Contains(role);
                var response = await client.SendAsync(Request(method, url, contentType));
                var outcome = Outcome(key, response);
                if (outcome == "allowed" != allowed)
                    wrong.Add($"{role,-11} {key}: expected {(allowed ? "allowed" : "refused")}, got {outcome} ({(int)response.StatusCode} {response.Headers.Location})");
                if (allowed && EndsSession.Contains(key)) client = await ClientAsync(role);
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Refused is 401/403 for the API, and a redirect to the sign-in page or to /denied for a page.</summary>
    private static string Outcome(string key, HttpResponseMessage response)
    {
        // The page that says "no access" answers 403 to everyone: that is it being reached.
        if (key == "GET /denied") return response.StatusCode == HttpStatusCode.Forbidden ? "allowed" : "refused";
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) return "refused";
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/login?") || location.Contains("/denied")))
            return "refused";
        return "allowed";
    }

    /// <summary>An empty body of the type the endpoint accepts: routing refuses another type (415) before authorization.</summary>
    private static HttpRequestMessage Request(string method, string url, string? contentType)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
            request.Content = contentType is null or "application/json" ? JsonContent.Create(new { })
                : new StringContent("", null, contentType);
        return request;
    }

    /// <summary>Every route endpoint: API endpoints per HTTP method, pages with GET.</summary>
    private IEnumerable<(string Key, string Method, string Url, string? ContentType)> Endpoints()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                yield return ($"{method} {pattern}", method, Concrete(pattern),
                    endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault());
        }
    }

    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}]*)\}", m =>
    {
        var spec = m.Groups[1].Value;
        return spec.StartsWith("**") ? "" : spec.Contains(":guid") ? Guid.NewGuid().ToString() : spec.Contains(":int") ? "2025"
            : spec == "date" ? "2025-03-03" : spec == "documentName" ? "v1" : spec == "name" ? "filing-received" : "sample";
    });

    private async Task<HttpClient> ClientAsync(string role)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        if (role == Anonymous) return client;
        var (userName, password) = role == "institution" ? await InstitutionLoginAsync() : (role, TestApp.Password);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    private (string, string)? _institution;

    private async Task<(string, string)> InstitutionLoginAsync()
    {
        if (_institution is { } known) return known;
        var clerk = await app.LoginAsAsync("clerk");
        var created = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00001H"))).ReadAsync(HttpStatusCode.Created);
        _institution = (created.GetProperty("userName").GetString()!, created.GetProperty("password").GetString()!);
        return _institution.Value;
    }
}
