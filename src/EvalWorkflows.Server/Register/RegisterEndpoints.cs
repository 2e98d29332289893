using EvalWorkflows.Server.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;

namespace EvalWorkflows.Server.Register;

/// <summary>The public register over the API: no login (<see cref="RegisterQuery"/> says what it shows).</summary>
public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/register", ListAsync).WithSummary("Search the public register of filed and ended institutions (paged)").WithTags("Register").AllowAnonymous().RequireAnonymousRateLimit().WithRequestValidation();
        return app;
    }

    /// <summary>Filed and ended institutions, one page at a time; the search runs in SQL (RegisterQuery, shared with the pages).</summary>
    private static async Task<Ok<Paged<RegisterEntry>>> ListAsync(RegisterQuery register, [AsParameters] PageQuery page,
        [AsParameters] SearchQuery search, CancellationToken ct,
        [Description("Text in the institution's address, e.g. a city's name.")] string? city = null)
    {
        var (entries, total) = await register.SearchAsync(new RegisterSearch(search.Q, city), (page.Number - 1) * page.Size, page.Size, ct);
        return TypedResults.Ok(new Paged<RegisterEntry>(entries, total, page.Number, page.Size));
    }
}
