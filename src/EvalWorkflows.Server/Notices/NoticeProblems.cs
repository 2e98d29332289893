using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Notices;

/// <summary>RFC 7807 problems with the stable <c>code</c>, Chinese <c>detail</c> and <c>field</c> of docs/api.md.</summary>
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

    public static ProblemHttpResult RenderFailed(NoticeRenderException e) => e.Kind switch
    {
        RenderFailure.ModelTooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "MODEL_TOO_LARGE", "预览数据过大",
            e.Problem.Message, "model"),
        RenderFailure.LimitExceeded => Problem(StatusCodes.Status422UnprocessableEntity, "TEMPLATE_LIMIT_EXCEEDED",
            "模板渲染超出限制", $"{e.Message}（渲染的循环次数、字符串长度和输出总量均有上限）", "text", Errors(e)),
        _ => Problem(StatusCodes.Status422UnprocessableEntity, "TEMPLATE_RENDER_FAILED", "模板渲染失败", e.Message, "model", Errors(e)),
    };

    private static object Errors(NoticeRenderException e) => new[] { new { e.Problem.Line, e.Problem.Column, e.Problem.Message } };

    public static ProblemHttpResult BasisUnknown(IReadOnlyList<string> keys) => Problem(
        StatusCodes.Status422UnprocessableEntity, "BASIS_UNKNOWN", "法律依据不存在",
        $"模板头的 basis 引用了法律依据库中没有的条款：{string.Join("、", keys)}。请先在法律依据库（/api/sources）中登记，或改正依据键。",
        "text", keys);

    public static ProblemHttpResult TemplateNotFound(string name) => Problem(
        StatusCodes.Status404NotFound, "TEMPLATE_NOT_FOUND", "模板不存在", $"通知模板“{name}”不存在。", "name");

    public static ProblemHttpResult InvalidField(string code, string field, string detail) => Problem(
        StatusCodes.Status400BadRequest, code, "请求参数无效", detail, field);
}
