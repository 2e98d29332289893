using Microsoft.AspNetCore.Http.Json;

namespace EvalWorkflows.Server.Api;

public static class ApiExtensions
{
    /// <summary>Problem details for every error, camelCase JSON with Beijing-time instants, an OpenAPI document.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ApiProblems.FillDefaults(ctx.ProblemDetails));
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures throw instead of ending as a bare 400, so ApiExceptionHandler can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new ChinaTimeJsonConverter()));
        services.AddOpenApi();
        return services;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json, readable without signing in.</summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
