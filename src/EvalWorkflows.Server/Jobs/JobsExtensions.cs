using Hangfire;
using Hangfire.InMemory;

namespace EvalWorkflows.Server.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Hangfire with in-memory storage: the database, not Hangfire, holds what must survive a restart (due
    /// notices, timers), so a lost job only waits for the next sweep. <c>Jobs:Server=false</c> runs no job in
    /// this process (tests run the work themselves).
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        // The host's own storage rather than the process-wide JobStorage.Current, so that several hosts in one
        // process (the test suite) never enqueue into each other's, or into one already disposed.
        services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
        if (!configuration.GetValue("Jobs:Server", true))
        {
            // Clients only, without Hangfire's global configuration: its log provider and job activator are
            // static and would tie one host to another host's (possibly disposed) services.
            services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
            services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
            return services;
        }
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer();
        return services;
    }
}
