using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvalWorkflows.Server.Calendar;

public static class CalendarExtensions
{
    /// <summary>The official working-day calendar, its admin corrections, its expression functions and its health check.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkingDayCalendar>();
        services.AddScoped<CalendarCorrections>();
        services.AddHostedService<CalendarStartup>();
        services.AddSharedCache<CalendarSharedCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionFunctions, CalendarExpressionFunctions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionFunctions, ChineseDateFunctions>());
        services.AddHealthChecks().AddCheck<CalendarHealthCheck>("calendar");
        return services;
    }
}
