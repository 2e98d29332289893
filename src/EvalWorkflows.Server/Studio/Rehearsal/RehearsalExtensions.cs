namespace EvalWorkflows.Server.Studio.Rehearsal;

public static class RehearsalExtensions
{
    /// <summary>Rehearsal sandboxes (limits in "Studio:Rehearsals"), their idle sweep, and what admins do in them.</summary>
    public static IServiceCollection AddRehearsals(this IServiceCollection services)
    {
        services.AddOptions<RehearsalOptions>().BindConfiguration(RehearsalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new RehearsalIdleClock(TimeProvider.System));
        services.AddSingleton<RehearsalSandboxes>();
        services.AddSingleton<RehearsalSettings>();
        services.AddScoped<RehearsalRuns>();
        services.AddHostedService<RehearsalSweeper>();
        return services;
    }
}
