namespace EvalWorkflows.Server.Api;

/// <summary>The first thing wrong with a request: which field, and what to tell the user (Chinese).</summary>
public sealed record RequestError(string Field, string Detail);

/// <summary>A request body that can say what is wrong with it; checked by <see cref="ValidationFilter"/>.</summary>
public interface IValidatedRequest
{
    RequestError? Validate();
}

/// <summary>Refuses a request whose body fails its own validation with a 400 problem naming the field.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
            if (argument is IValidatedRequest request && request.Validate() is { } error)
                return ApiProblems.BadRequest(error.Field, error.Detail);
        return await next(context);
    }
}

public static class ValidationExtensions
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ValidationFilter>();

    public static RequestError? Required(string? value, string field, string label) =>
        string.IsNullOrWhiteSpace(value) ? new RequestError(field, $"请填写{label}（{field}）。") : null;
}
