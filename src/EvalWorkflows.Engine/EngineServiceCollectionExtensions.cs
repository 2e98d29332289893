using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine on a DbContext whose model calls <c>AddWorkflowEngine()</c>. Handlers are added
    /// with <see cref="AddTaskHandler{T}"/>; expression functions as <see cref="IExpressionFunctions"/>.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine<TContext>(this IServiceCollection services,
        Action<EngineOptions>? configure = null) where TContext : DbContext
    {
        var options = services.AddOptions<EngineOptions>();
        if (configure is not null) options.Configure(configure);
        services.AddOptions<EngineLimits>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineLimits>, EngineLimitsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new EngineDbContextType(typeof(TContext)));
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddSingleton<StepConnections>();
        services.TryAddSingleton<ScribanExpressions>();
        services.TryAddSingleton<WorkflowEngine>();
        services.TryAddTransient<JobSweeper>();
        return services;
    }

    /// <summary>Registers the handler that service and send tasks with <c>ew:type="{type}"</c> run.</summary>
    public static IServiceCollection AddTaskHandler<THandler>(this IServiceCollection services, string type)
        where THandler : class, ITaskHandler
    {
        services.AddKeyedScoped<ITaskHandler, THandler>(type);
        services.AddSingleton(new TaskHandlerRegistration(type));
        return services;
    }
}

/// <summary>
/// One handler type registered with <c>AddTaskHandler</c>; resolve <c>IEnumerable&lt;TaskHandlerRegistration&gt;</c>
/// to list them (the studio offers each one as an element template).
/// </summary>
public sealed record TaskHandlerRegistration(string Type);
