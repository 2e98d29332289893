using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Register;

/// <summary>The public register over the API: no login (<see cref="RegisterQuery"/> says what it shows).</summary>
public static class RegisterEndpoints
{
    /// <summary>Everything that matches, as the API has always answered; the pages page through the same query.</summary>
    private const int Unpaged = int.MaxValue;

    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/register", ListAsync).WithTags("Register").AllowAnonymous();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RegisterEntry>>> ListAsync(
        RegisterQuery register, CancellationToken ct, string? q = null, string? city = null)
    {
        var (entries, _) = await register.SearchAsync(new RegisterSearch(q, city), 0, Unpaged, ct);
        return TypedResults.Ok(entries);
    }
}
