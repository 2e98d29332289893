using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

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
        services.AddApiRateLimits();
        services.AddOptions<ApiDocumentOptions>().BindConfiguration("ApiDocument");
        services.AddOpenApi(o => o.AddDocumentTransformer(DescribeNullableReferences).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "EvalWorkflows API";
            document.Info.Description = "职业技能评价机构备案与监管 — the JSON API of the back office. Errors are RFC 7807 problem details with a stable code, a Chinese detail and the offending field; lists are paged (page, pageSize; answers {items, total, page, pageSize}).";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>
    /// A nullable object property is written as <c>oneOf: [null, $ref]</c>, and its doc comment lands on the
    /// <c>$ref</c> inside; lift it to the property, where readers and tools look for it.
    /// </summary>
    private static Task DescribeNullableReferences(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        foreach (var property in schema.Properties?.Values ?? [])
            if (property is OpenApiSchema { OneOf: { } oneOf } nullable && string.IsNullOrEmpty(nullable.Description)
                && oneOf.FirstOrDefault(s => !string.IsNullOrEmpty(s.Description)) is { } described)
                nullable.Description = described.Description;
        return Task.CompletedTask;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// The limits on anonymous endpoints. After routing (UsePages), so that each endpoint's policy is known when a
    /// request is counted.
    /// </summary>
    public static WebApplication UseApiRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// The OpenAPI document at /openapi/v1.json and its interactive reference (Scalar) at /scalar: open to anyone
    /// in Development, to admins elsewhere unless <c>ApiDocument:Anonymous</c> says otherwise, and absent with
    /// <c>ApiDocument:Enabled=false</c>.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ApiDocumentOptions>>().Value;
        if (!options.Enabled) return app;
        var anonymous = options.Anonymous ?? app.Environment.IsDevelopment();
        IEndpointConventionBuilder[] endpoints =
        [
            app.MapOpenApi().ExcludeFromDescription(),
            app.MapScalarApiReference("/scalar", o => o.WithTitle("EvalWorkflows API")).ExcludeFromDescription(),
        ];
        foreach (var endpoint in endpoints)
            if (anonymous) endpoint.AllowAnonymous();
            else endpoint.RequireAuthorization(p => p.RequireRole(Auth.Roles.Admin));
        return app;
    }
}

/// <summary>Who may read the API's description (<c>ApiDocument:*</c>).</summary>
public sealed class ApiDocumentOptions
{
    /// <summary>false: neither /openapi/v1.json nor /scalar is served.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>true: anyone may read them; false: admins only; unset: anyone in Development only.</summary>
    public bool? Anonymous { get; set; }
}
