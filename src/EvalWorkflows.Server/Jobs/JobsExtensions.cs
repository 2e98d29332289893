using EvalWorkflows.Engine.Scheduling;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;

namespace EvalWorkflows.Server.Jobs;

public static class JobsExtensions
{
    private const string SweepJobId = "workflow-timer-sweep";

    /// <summary>
    /// Hangfire on in-memory storage fires each workflow timer at its due time; the timer rows in the database
    /// stay the source of truth, so a minutely sweep fires any whose Hangfire job was lost in a restart.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<JobsOptions>().BindConfiguration("Jobs").ValidateOnStart();
        // Storage and activator belong to this host, not to Hangfire's process-wide defaults (JobStorage.Current,
        // JobActivator.Current), so several hosts in one process (the tests) never share or dispose each other's.
        services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireHostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        // Registration-time switch: whether this process runs a Hangfire server at all.
        if (config.GetSection("Jobs").Get<JobsOptions>()?.Server ?? true) services.AddHangfireServer();
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        return services;
    }

    public static WebApplication UseJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<JobSweeper>(SweepJobId, s => s.SweepAsync(), Cron.Minutely());
        return app;
    }
}
