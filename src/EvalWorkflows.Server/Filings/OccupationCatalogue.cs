using System.ComponentModel;
using System.Text.Json;
using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Filings;

/// <summary>One occupation of the catalogue.</summary>
/// <param name="Code">Its 职业分类大典 code, e.g. 6-18-01-01.</param>
/// <param name="Name">Its name.</param>
public sealed record Occupation(string Code, string Name);

/// <summary>
/// 职业分类大典 — the occupations an institution picks its scope from, an excerpt shipped with the product
/// (Filings/Data/occupations.json: occupations commonly assessed by skill-evaluation institutions). Codes typed by
/// hand are still accepted when well-formed (<see cref="SubmitFilingRequest.IsOccupationCode"/>).
/// </summary>
public static class OccupationCatalogue
{
    private const string ResourceName = "EvalWorkflows.Server.Filings.occupations.json";

    public static readonly IReadOnlyList<Occupation> All = Load();

    /// <summary>Occupations whose code starts with, or whose name contains, the query; at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<Occupation> Search(string? query, int limit = 20)
    {
        var q = query?.Trim() ?? "";
        return All.Where(o => q.Length == 0 || o.Code.StartsWith(q, StringComparison.Ordinal) || o.Name.Contains(q, StringComparison.Ordinal))
            .Take(Math.Clamp(limit, 1, 50)).ToList();
    }

    public static string? NameOf(string code) => All.FirstOrDefault(o => o.Code == code)?.Name;

    /// <summary><c>GET /api/occupations?q=焊</c> for any signed-in user.</summary>
    public static IEndpointRouteBuilder MapOccupationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/occupations", SearchEndpoint)
            .WithSummary("Search the occupation catalogue (职业分类大典 excerpt) by code prefix or name")
            .WithTags("Filings").RequireAuthorization(p => p.RequireRole(Roles.All));
        return app;
    }

    /// <summary>Occupations matching the query.</summary>
    private static Ok<IReadOnlyList<Occupation>> SearchEndpoint(
        [Description("A code prefix (6-18) or part of a name (焊); empty lists the catalogue's first entries.")] string? q,
        [Description("How many to return, 1 to 50 (default 20).")] int? limit) => TypedResults.Ok(Search(q, limit ?? 20));

    private static List<Occupation> Load()
    {
        using var stream = typeof(OccupationCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<List<Occupation>>(stream, JsonSerializerOptions.Web) ?? [];
    }
}
