using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>A user name and password to sign in with.</summary>
/// <param name="UserName">The user name (any letter case).</param>
/// <param name="Password">The password.</param>
public sealed record LoginRequest([property: MaxLength(256)] string? UserName, [property: MaxLength(256)] string? Password) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ValidationExtensions.Required(UserName, "userName", "用户名"), ValidationExtensions.Required(Password, "password", "密码"));
}

/// <summary>Who is signed in.</summary>
/// <param name="UserName">The signed-in user's name.</param>
/// <param name="Roles">The user's roles: admin, clerk, supervisor, evaluator, auditor or institution.</param>
public sealed record SignedInUser(string UserName, IReadOnlyList<string> Roles);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").WithRequestValidation();
        group.MapPost("/login", LoginAsync).WithSummary("Sign in with a user name and password (sets the cookie)").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", LogoutAsync).WithSummary("Sign out").RequireAuthorization();
        group.MapGet("/me", Me).WithSummary("The signed-in user and their roles").RequireAuthorization();
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
