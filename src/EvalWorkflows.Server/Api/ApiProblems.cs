using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// The problem details every API error is written as: a stable <c>code</c> for clients, a Chinese
/// <c>detail</c> for people, and the offending <c>field</c> where there is one (docs/api.md).
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

    /// <summary>
    /// Problems the framework writes itself (unknown route, wrong method or content type) get a code and a
    /// Chinese detail too, so a client can rely on both for every error.
    /// </summary>
    public static void FillDefaults(ProblemDetails problem)
    {
        var (code, detail) = problem.Status switch
        {
            400 => ("BAD_REQUEST", "请求无效。"),
            401 => ("UNAUTHENTICATED", "请先登录。"),
            403 => ("FORBIDDEN", "您的角色无权执行此操作。"),
            404 => ("NOT_FOUND", "未找到请求的资源。"),
            405 => ("METHOD_NOT_ALLOWED", "该地址不支持此请求方法。"),
            409 => ("CONFLICT", "请求与当前状态冲突。"),
            415 => ("UNSUPPORTED_MEDIA_TYPE", "不支持该请求内容类型（Content-Type）。"),
            _ => ($"HTTP_{problem.Status}", "服务器内部错误，请稍后重试或联系管理员。"),
        };
        problem.Extensions.TryAdd("code", code);
        problem.Detail ??= detail;
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
