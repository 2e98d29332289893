using System.Text.Json.Serialization.Metadata;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;

namespace EvalWorkflows.Server.Sources;

public static class SourcesExtensions
{
    private const string BasisTextDescription = "The legal basis (basis) cited in the words people read; null without a basis.";

    /// <summary>
    /// The legal-source registry: seeded at start-up, checked at deploy, and cited in every API answer — any
    /// object or problem that carries a <c>basis</c> key also carries <c>basisText</c>, the citation in words.
    /// Register before <c>AddWorkflows</c>, so the registry is loaded when the shipped workflows deploy.
    /// </summary>
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddSingleton<LegalSourceRegistry>();
        services.AddScoped<IDefinitionRule, SourceDefinitionRule>();
        services.AddHostedService<SourcesStartup>();
        services.AddSharedCache<SourcesSharedCache>();
        services.AddOptions<JsonOptions>().Configure<LegalSourceRegistry>((o, registry) =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(info => AddBasisText(info, registry)));
        // "v1": the one document AddApi registers; the basisText the modifier below adds is described here.
        services.Configure<OpenApiOptions>("v1", o => o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.Name == "basisText") schema.Description = BasisTextDescription;
            return Task.CompletedTask;
        }));
        services.PostConfigure<ProblemDetailsOptions>(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = ctx =>
            {
                earlier?.Invoke(ctx);
                if (ctx.ProblemDetails.Extensions.TryGetValue("basis", out var basis) && basis is string key)
                    ctx.ProblemDetails.Extensions["basisText"] =
                        ctx.HttpContext.RequestServices.GetRequiredService<LegalSourceRegistry>().Cite(key);
            };
        });
        return services;
    }

    /// <summary>The one place the API turns a <c>basis</c> key into the citation people read.</summary>
    private static void AddBasisText(JsonTypeInfo info, LegalSourceRegistry registry)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        if (info.Properties.FirstOrDefault(p => p.Name == "basis" && p.PropertyType == typeof(string)) is not { Get: { } get }) return;
        if (info.Properties.Any(p => p.Name == "basisText")) return;
        var text = info.CreateJsonPropertyInfo(typeof(string), "basisText");
        text.Get = o => registry.Cite(get(o) as string);
        info.Properties.Add(text);
    }

    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder app) => app.MapSourceEndpoints();
}

/// <summary>Copies the shipped sources into the database and loads the registry before anything cites it.</summary>
internal sealed class SourcesStartup(IServiceScopeFactory scopes, LegalSourceRegistry registry, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await ShippedSources.SeedAsync(db, time, cancellationToken);
        await registry.ReloadAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
