using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Clock;

public static class ClockExtensions
{
    /// <summary>
    /// The <see cref="TimeProvider"/> everything reads time from: the system clock, or with Clock:Mode=Manual a
    /// <see cref="ManualClock"/> that stands still until advanced through the API.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services)
    {
        services.AddOptions<ClockOptions>().BindConfiguration("Clock").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp =>
            new ManualClock(sp.GetRequiredService<IOptions<ClockOptions>>().Value.StartInstant ?? TimeProvider.System.GetUtcNow()));
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<ClockOptions>>().Value.Mode == ClockMode.Manual
                ? sp.GetRequiredService<ManualClock>()
                : TimeProvider.System);
        services.TryAddSingleton<ClockAdvancer>();
        return services;
    }
}
