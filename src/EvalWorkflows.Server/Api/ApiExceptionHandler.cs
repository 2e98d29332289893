using System.Text.Json;
using System.Text.RegularExpressions;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// The one place exceptions become problem details: the engine's refusals keep their code, Chinese message
/// and field; a body that is not valid JSON is a 400 naming the field where the reader stopped.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // The client went away: there is nobody to answer, and nothing went wrong on our side.
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested) return true;
        var problem = exception switch
        {
            _ when DatabaseUnavailableException.IsCause(exception) => Unavailable(http, exception),
            _ when DatabaseErrors.IsBusy(exception) => Busy(http),
            DefinitionInvalidException e => Invalid(e),
            TaskNotOpenException { CompletedAt: { } at } e => ApiProblems.Create(StatusCodes.Status409Conflict, e.Code,
                $"该任务已由 {e.CompletedBy ?? "他人"} 于 {ChineseDates.DateTime(at)} 办结。"),
            NotFoundException e => ApiProblems.Create(StatusCodes.Status404NotFound, e.Code, e.Message, e.Field),
            ConflictException e => ApiProblems.Create(StatusCodes.Status409Conflict, e.Code, e.Message, e.Field),
            WorkflowException e => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, e.Code, e.Message, e.Field),
            BadHttpRequestException e => BadBody(e),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = ApiProblems.Create(StatusCodes.Status500InternalServerError, "INTERNAL_ERROR", "服务器内部错误，请稍后重试或联系管理员。");
        }
        await ApiProblems.WriteAsync(http, problem, exception);
        return true;
    }

    /// <summary>The file cannot be written now; nothing was, and the same request may simply be sent again.</summary>
    private Microsoft.AspNetCore.Mvc.ProblemDetails Unavailable(HttpContext http, Exception exception)
    {
        logger.LogWarning("{Method} {Path} refused: the database cannot be written ({Error})", http.Request.Method, http.Request.Path,
            exception.GetBaseException().Message);
        http.Response.Headers.RetryAfter = "5";
        return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "DATABASE_UNAVAILABLE", DatabaseUnavailableException.Detail);
    }

    /// <summary>Other writers held the database past the wait; nothing was written, and the request may be sent again.</summary>
    private Microsoft.AspNetCore.Mvc.ProblemDetails Busy(HttpContext http)
    {
        logger.LogWarning("{Method} {Path} refused: the database stayed busy with other writes", http.Request.Method, http.Request.Path);
        http.Response.Headers.RetryAfter = "1";
        return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "DATABASE_BUSY", "系统繁忙（数据库正在处理其他操作），本次操作未生效，请稍后重试。");
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Invalid(DefinitionInvalidException e)
    {
        var problem = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, e.Code, e.Message);
        problem.Extensions["errors"] = e.Problems
            .Select(p => new { elementId = p.ElementId, elementType = p.ElementType, message = p.Message }).ToList();
        return problem;
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails BadBody(BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return ApiProblems.Create(e.StatusCode, "UNSUPPORTED_MEDIA_TYPE", "请求体应为 JSON（Content-Type: application/json）。");
        // A JSON error carries the path where reading stopped ("$.variables"): that is the field to fix.
        if (e.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path[2..] : null;
            return ApiProblems.Create(e.StatusCode, "INVALID_BODY",
                field is null ? "请求体不是有效的 JSON。" : $"字段 {field} 的值格式不正确。", field);
        }
        // A query or route value that does not parse: the framework names the parameter in its message.
        if (BindFailure().Match(e.Message) is { Success: true } m)
            return ApiProblems.Create(e.StatusCode, "INVALID_REQUEST",
                $"参数 {m.Groups["name"].Value} 的值“{m.Groups["value"].Value}”格式不正确。", m.Groups["name"].Value);
        return ApiProblems.Create(e.StatusCode, "INVALID_BODY", "请求体缺失或不是有效的 JSON。");
    }

    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]*\s)?(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();
}
