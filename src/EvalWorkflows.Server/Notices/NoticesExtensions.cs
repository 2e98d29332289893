using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvalWorkflows.Server.Notices;

public static class NoticesExtensions
{
    /// <summary>
    /// Notice templates, the <c>notice</c> send-task handler, the outbox and its delivery (SMTP or pickup folder).
    /// Needs Hangfire (<c>AddJobs</c>) for the minute sweep; prompt runs after commits are this process's own.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        MailOptions.AddTo(services, configuration.GetSection(MailOptions.Section));
        NoticeOptions.AddTo(services, configuration.GetSection(NoticeOptions.Section));
        NoticeLetterheads.AddTo(services, configuration.GetSection(NoticeLetterheads.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScribanExpressions>();
        services.AddSingleton<NoticeRenderer>();
        services.AddSingleton<NoticeLayout>();
        services.AddSingleton<NoticeTemplateFiles>();
        services.AddSingleton<NoticeTemplates>();
        services.AddSingleton<NoticeOutbox>();
        services.AddSingleton<AcceptedNotices>();
        services.AddScoped<NoticeDelivery>();
        services.AddTaskHandler<NoticeTaskHandler>(NoticeTaskHandler.TypeName);
        services.AddScoped<IDefinitionRule, NoticeDefinitionRule>();
        services.AddSingleton<PromptDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<PromptDelivery>());
        services.AddSingleton<IWorkflowCommitObserver, NoticeCommitObserver>();
        services.AddHostedService<NoticeStartup>();
        services.AddScoped<Clock.IClockAdvancedListener, NoticeClockListener>();
        return services;
    }
}
