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
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", LogoutAsync).RequireAuthorization();
        group.MapGet("/me", Me).RequireAuthorization();
        return app;
    }

    private static async Task<Results<Ok<SignedInUser>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var user = await users.FindByNameAsync(request.UserName!);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status401Unauthorized, "LOCKED_OUT", "登录失败次数过多，账号已暂时锁定，请稍后再试。"));
        if (!result.Succeeded)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status401Unauthorized, "LOGIN_FAILED", "用户名或密码不正确。"));
        return TypedResults.Ok(new SignedInUser(user!.UserName!, [.. await users.GetRolesAsync(user)]));
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<SignedInUser> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new SignedInUser(user.Identity!.Name!,
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order()]));
}
