using EvalWorkflows.Server.Studio.Changes;
using EvalWorkflows.Server.Studio.Rehearsal;
using EvalWorkflows.Server.Studio.Templates;

namespace EvalWorkflows.Server.Studio;

public static class StudioExtensions
{
    /// <summary>The studio (流程设计): definition pages, the modeler's element templates and deadline preview.</summary>
    public static IServiceCollection AddStudio(this IServiceCollection services)
    {
        services.AddScoped<ElementTemplateCatalog>();
        services.AddRehearsals();
        services.AddScoped<Definitions.StudioArchive>();
        // The record of studio changes and the one deploy path that writes it.
        services.AddScoped<StudioChanges>();
        services.AddScoped<TemplateVersions>();
        return services;
    }

    public static IEndpointRouteBuilder MapStudio(this IEndpointRouteBuilder app) =>
        app.MapStudioEndpoints().MapStudioChangeEndpoints();
}
