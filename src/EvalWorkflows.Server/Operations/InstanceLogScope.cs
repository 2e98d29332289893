using EvalWorkflows.Engine.Execution;

namespace EvalWorkflows.Server.Operations;

/// <summary>
/// Wraps every registered task handler so that each log line written while a workflow step runs — by the
/// handler, the services it calls and the engine meanwhile — carries the instance id, business key and element
/// in its scope (logging scopes are shared by all loggers of the host).
/// </summary>
public sealed class InstanceLogScope(ITaskHandler inner, ILogger logger) : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["InstanceId"] = context.InstanceId, ["BusinessKey"] = context.BusinessKey, ["ElementId"] = context.ElementId,
        });
        await inner.ExecuteAsync(context, cancellationToken);
    }

    /// <summary>Replaces each keyed task-handler registration made so far by the same handler in a scope.</summary>
    public static void WrapHandlers(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var d = services[i];
            if (d.ServiceType != typeof(ITaskHandler) || !d.IsKeyedService || d.KeyedImplementationType is not { } type) continue;
            services[i] = new ServiceDescriptor(typeof(ITaskHandler), d.ServiceKey, (sp, _) => new InstanceLogScope(
                (ITaskHandler)ActivatorUtilities.CreateInstance(sp, type), sp.GetRequiredService<ILoggerFactory>().CreateLogger(type)),
                d.Lifetime);
        }
    }
}
