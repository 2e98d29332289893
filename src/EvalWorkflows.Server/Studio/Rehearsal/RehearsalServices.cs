using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// Composes a sandbox's own engine: the app's model on a throw-away SQLite file, a <see cref="ManualClock"/>,
/// the host's calendar functions and limits, and for every handler type the host registers a sandbox version
/// (<see cref="RehearsalNoticeHandler"/> for notices, <see cref="RehearsalStandInHandler"/> for the rest) that
/// writes into the sandbox's journal instead of mail or domain records. No job scheduler, no commit observer
/// (the notice outbox's mailer), no clock listener: nothing the sandbox does reaches outside it.
/// </summary>
internal static class RehearsalServices
{
    public static ServiceProvider Build(IServiceProvider host, string databasePath, ManualClock clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(host.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(clock);
        // Pooling off: the file is deleted when the sandbox goes, and a pooled connection would keep it open.
        services.AddDbContext<AppDbContext>(o => o.UseSqlite($"Data Source={databasePath};Pooling=False"));
        services.AddWorkflowEngine<AppDbContext>();
        var engineOptions = host.GetRequiredService<IOptions<EngineOptions>>().Value;
        services.AddSingleton(Options.Create(new EngineOptions
        {
            MaxAttempts = engineOptions.MaxAttempts, RetryBackoff = engineOptions.RetryBackoff,
            MaxJobsPerSweep = engineOptions.MaxJobsPerSweep, LocalOffset = WorkingDayCalendar.ChinaOffset,
        }));
        services.AddSingleton(host.GetRequiredService<IOptions<EngineLimits>>());
        foreach (var functions in host.GetServices<IExpressionFunctions>()) services.AddSingleton(functions);
        foreach (var type in host.GetServices<TaskHandlerRegistration>().Select(r => r.Type).Distinct())
        {
            services.AddKeyedScoped<ITaskHandler>(type, (_, _) => type == Notices.NoticeTaskHandler.TypeName
                ? ActivatorUtilities.CreateInstance<RehearsalNoticeHandler>(host)
                : ActivatorUtilities.CreateInstance<RehearsalStandInHandler>(host, type));
            services.AddSingleton(new TaskHandlerRegistration(type));
        }
        services.AddScoped<IDefinitionRule>(_ => new HostDefinitionRules(host.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<ClockAdvancer>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The host's own deploy rules (notice templates exist, legal bases are known), so a draft is refused for what deploy refuses.</summary>
    private sealed class HostDefinitionRules(IServiceScopeFactory hostScopes) : IDefinitionRule
    {
        public async Task<IEnumerable<DefinitionProblem>> CheckAsync(ProcessGraph graph, CancellationToken cancellationToken)
        {
            await using var scope = hostScopes.CreateAsyncScope();
            var problems = new List<DefinitionProblem>();
            foreach (var rule in scope.ServiceProvider.GetServices<IDefinitionRule>())
                problems.AddRange(await rule.CheckAsync(graph, cancellationToken));
            return problems;
        }
    }
}
