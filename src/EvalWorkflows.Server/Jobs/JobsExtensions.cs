using EvalWorkflows.Engine.Scheduling;
using Hangfire;
using Hangfire.AspNetCore;
using EvalWorkflows.Server.Data;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace EvalWorkflows.Server.Jobs;

public static class JobsExtensions
{
    private const string SweepJobId = "workflow-timer-sweep";

    /// <summary>
    /// Hangfire fires each workflow timer at its due time (its job is made when the timer is armed, or by the
    /// minutely sweep once the timer is two minutes away); the timer rows in the database stay the source of
    /// truth, so the sweep also fires any whose Hangfire job was lost in a restart. Its storage is in memory
    /// on SQLite (one process), and in the shared database on PostgreSQL (schema <c>hangfire</c>), so every node
    /// sees one queue and the sweep runs once per minute for the whole cluster.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<JobsOptions>().BindConfiguration("Jobs").ValidateOnStart();
        // Storage and activator belong to this host, not to Hangfire's process-wide defaults (JobStorage.Current,
        // JobActivator.Current), so several hosts in one process (the tests) never share or dispose each other's.
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp.GetRequiredService<DatabaseConnection>()));
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

    private static JobStorage CreateStorage(DatabaseConnection database)
    {
        if (database.Provider != DatabaseProvider.Postgres) return new InMemoryStorage();
        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }

    public static WebApplication UseJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<JobSweeper>(SweepJobId, s => s.SweepAsync(), Cron.Minutely());
        return app;
    }
}
