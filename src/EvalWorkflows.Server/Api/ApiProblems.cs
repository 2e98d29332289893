using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// The problem details every API error is written as: a stable <c>code</c> for clients, a Chinese
/// <c>detail</c> for people, and the offending <c>field</c> where there is one (API.md).
/// </summary>
public static class ApiProblems
{
    public static ProblemDetails Create(int status, string code, string detail, string? field = null)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        if (field is not null) problem.Extensions["field"] = field;
        return problem;
    }

    /// <summary>A request body or query value the API refuses before doing anything.</summary>
    public static ProblemHttpResult BadRequest(string field, string detail, string code = "INVALID_REQUEST") =>
        TypedResults.Problem(Create(StatusCodes.Status400BadRequest, code, detail, field));

    public static ProblemHttpResult NotFound(string code, string detail) =>
        TypedResults.Problem(Create(StatusCodes.Status404NotFound, code, detail));

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(Create(StatusCodes.Status403Forbidden, "FORBIDDEN", detail));

    /// <summary>Writes a problem outside an endpoint (authentication events, the exception handler).</summary>
    public static async Task WriteAsync(HttpContext http, ProblemDetails problem, Exception? error = null)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = error });
    }
}
