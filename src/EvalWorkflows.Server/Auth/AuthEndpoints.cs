using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

public sealed record LoginRequest(string? UserName, string? Password) : IValidatedRequest
{
    public RequestError? Validate() =>
        ValidationExtensions.Required(UserName, "userName", "用户名") ?? ValidationExtensions.Required(Password, "password", "密码");
}

public sealed record SignedInUser(string UserName, IReadOnlyList<string> Roles);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").WithRequestValidation();
        group.MapPost("/login", LoginAsync).AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", LogoutAsync).RequireAuthorization();
        group.MapGet("/me", Me).RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<SignedInUser>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, PasswordSignIn signIn, UserManager<AppUser> users, HttpResponse response)
    {
        var outcome = await signIn.SignInAsync(request.UserName!, request.Password!);
        if (outcome.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = RetryAfterSeconds(wait);
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status429TooManyRequests, outcome.Code!, outcome.Message!));
        }
        if (!outcome.Succeeded)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status401Unauthorized, outcome.Code!, outcome.Message!));
        return TypedResults.Ok(new SignedInUser(outcome.User!.UserName!, [.. await users.GetRolesAsync(outcome.User)]));
    }

    /// <summary>Whole seconds, rounded up, as the Retry-After header takes them (RFC 9110 §10.2.3).</summary>
    public static string RetryAfterSeconds(TimeSpan wait) => ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<NoContent> LogoutAsync(PasswordSignIn signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<SignedInUser> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new SignedInUser(user.Identity!.Name!,
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order()]));
}
