using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Api;

/// <summary>One thing wrong with a request: which field, and what to tell the user (Chinese).</summary>
public sealed record RequestError(string Field, string Detail);

/// <summary>
/// A request body checked by <see cref="ValidationFilter"/>: first its shape (lengths and counts declared with
/// <c>[MaxLength]</c> on the type, no <c>null</c> in lists, dates in range, well-formed text — see
/// <see cref="RequestShape"/>), then the type's own rules. Every error is reported at once.
/// </summary>
public interface IValidatedRequest
{
    /// <summary>The type's own rules (required fields, ranges, cross-field checks), beyond its declared shape.</summary>
    IEnumerable<RequestError> Validate() => [];
}

/// <summary>Refuses a request whose body fails validation with one 400 problem listing every error.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
            if (argument is IValidatedRequest request && RequestValidation.Check(request) is { Count: > 0 } errors)
                return RequestValidation.Problem(errors);
        return await next(context);
    }
}

public static class RequestValidation
{
    /// <summary>
    /// The shape first; the type's rules only when no list holds a <c>null</c>, since rules read every element.
    /// </summary>
    public static List<RequestError> Check(IValidatedRequest request)
    {
        var errors = RequestShape.Check(request).ToList();
        if (!errors.Any(e => e.Detail == RequestShape.NullElement)) errors.AddRange(request.Validate());
        return errors;
    }

    /// <summary>
    /// 400 <c>INVALID_REQUEST</c>: <c>field</c> and <c>detail</c> tell the first error, <c>errors</c> maps every
    /// field to its messages (the shape of ASP.NET Core's validation problem).
    /// </summary>
    public static ProblemHttpResult Problem(IReadOnlyList<RequestError> errors)
    {
        var first = errors[0];
        var detail = errors.Count == 1
            ? first.Detail
            : $"请求有 {errors.Count} 处错误：{string.Join(" ", errors.Take(20).Select(e => e.Detail))}";
        var problem = ApiProblems.Create(StatusCodes.Status400BadRequest, "INVALID_REQUEST", detail, first.Field);
        problem.Extensions["errors"] = errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Detail).ToArray());
        return TypedResults.Problem(problem);
    }

    /// <summary>The checks of a request's rules, without the ones that passed.</summary>
    public static IEnumerable<RequestError> Errors(params RequestError?[] checks) => checks.OfType<RequestError>();
}

public static class ValidationExtensions
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ValidationFilter>();

    public static RequestError? Required(string? value, string field, string label) =>
        string.IsNullOrWhiteSpace(value) ? new RequestError(field, $"请填写{label}（{field}）。") : null;
}
