using EvalWorkflows.Engine;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;

namespace EvalWorkflows.Server.Workflows;

public static class WorkflowsExtensions
{
    /// <summary>The BPMN engine on the app database, and the workflows/ folder deployed at start-up.</summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        // Dates written without an offset in definitions and expressions are Beijing dates.
        services.AddWorkflowEngine<AppDbContext>(o => o.LocalOffset = WorkingDayCalendar.ChinaOffset);
        services.AddOptions<EngineOptions>().BindConfiguration("Engine");
        services.AddOptions<EngineLimits>().BindConfiguration("Engine:Limits").ValidateOnStart();
        services.AddOptions<WorkflowsOptions>().BindConfiguration("Workflows").ValidateOnStart();
        services.AddHostedService<WorkflowFileDeployer>();
        services.AddScoped<TaskCompletion>();
        services.AddScoped<ProcessNames>();
        services.AddScoped<Pages.InstanceJournal>();
        return services;
    }

    /// <summary>The engine's API: definitions, instances, messages, tasks and incidents.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDefinitionEndpoints();
        api.MapInstanceEndpoints();
        api.MapMessageEndpoints();
        api.MapTaskEndpoints();
        api.MapIncidentEndpoints();
        return app;
    }
}
