using Microsoft.Net.Http.Headers;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// An endpoint that reads its body raw (a .bpmn file) gets no content-type check from the framework, so it
/// declares the types it accepts here: anything else is a 415 problem before the body is read. The JSON
/// endpoints need nothing: binding a JSON body already refuses other content types with a 415.
/// </summary>
public static class ContentTypes
{
    public static RouteHandlerBuilder RequireContentType(this RouteHandlerBuilder builder, params string[] mediaTypes) =>
        builder.Accepts<string>(mediaTypes[0], mediaTypes[1..])
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddEndpointFilter(async (context, next) =>
                IsOneOf(context.HttpContext.Request.ContentType, mediaTypes)
                    ? await next(context)
                    : TypedResults.Problem(ApiProblems.Create(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                        $"请求体的内容类型（Content-Type）应为 {string.Join(" 或 ", mediaTypes)}。", "Content-Type")));

    private static bool IsOneOf(string? contentType, string[] mediaTypes) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && mediaTypes.Any(t => string.Equals(parsed.MediaType.Value, t, StringComparison.OrdinalIgnoreCase));
}
