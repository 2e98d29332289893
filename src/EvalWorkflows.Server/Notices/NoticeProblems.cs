using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Notices;

/// <summary>RFC 7807 problems with the stable <c>code</c>, Chinese <c>detail</c> and <c>field</c> of API.md.</summary>
internal static class NoticeProblems
{
    public static ProblemHttpResult Problem(int status, string code, string title, string detail, string? field = null,
        object? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null) extensions["field"] = field;
        if (errors is not null) extensions["errors"] = errors;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult TemplateInvalid(IReadOnlyList<TemplateProblem> problems) => Problem(
        StatusCodes.Status422UnprocessableEntity, "TEMPLATE_INVALID", "模板无法解析",
        $"模板有 {problems.Count} 处错误：{string.Join("；", problems)}", "text",
        problems.Select(p => new { p.Line, p.Column, p.Message }).ToList());

    public static ProblemHttpResult RenderFailed(NoticeRenderException e) => Problem(
        StatusCodes.Status422UnprocessableEntity, "TEMPLATE_RENDER_FAILED", "模板渲染失败", e.Message, "model",
        new[] { new { e.Problem.Line, e.Problem.Column, e.Problem.Message } });

    public static ProblemHttpResult TemplateNotFound(string name) => Problem(
        StatusCodes.Status404NotFound, "TEMPLATE_NOT_FOUND", "模板不存在", $"通知模板“{name}”不存在。", "name");

    public static ProblemHttpResult InvalidField(string code, string field, string detail) => Problem(
        StatusCodes.Status400BadRequest, code, "请求参数无效", detail, field);
}
