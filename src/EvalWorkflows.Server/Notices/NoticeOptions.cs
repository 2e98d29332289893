using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Notices;

/// <summary>Templates and delivery policy (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>Folder of <c>*.sbn</c> files; a relative path is looked up next to the app, then in the content root.</summary>
    public string TemplatesPath { get; set; } = "templates";
    /// <summary>Delay before the first retry; it doubles with every failed attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>
    /// How long a claimed notice belongs to the worker sending it. A worker that dies mid-send leaves the
    /// notice to be retried after this; it must outlast the SMTP timeout so no live send is ever doubled.
    /// </summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);
    public int BatchSize { get; set; } = 100;

    public TimeSpan RetryDelayAfter(int attempts)
    {
        var delay = RetryDelay;
        for (var i = 1; i < attempts && delay < MaxRetryDelay; i++) delay *= 2;
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    internal static void AddTo(IServiceCollection services, IConfigurationSection section) =>
        services.AddOptions<NoticeOptions>()
            .Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.TemplatesPath), "Notices:TemplatesPath is required.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero, "Notices:RetryDelay must be positive.")
            .Validate(o => o.MaxRetryDelay >= o.RetryDelay, "Notices:MaxRetryDelay must not be below Notices:RetryDelay.")
            .Validate<IOptions<MailOptions>>((o, mail) => o.SendLease >= SmtpTimeout(mail) * 2,
                "Notices:SendLease must be at least twice the SMTP timeout (Mail:Smtp:Timeout).")
            .Validate(o => o.BatchSize > 0, "Notices:BatchSize must be positive.")
            .ValidateOnStart();

    /// <summary>Mail settings that are themselves invalid are reported once, by their own validation, not again here.</summary>
    private static TimeSpan SmtpTimeout(IOptions<MailOptions> mail)
    {
        try { return mail.Value.Smtp.Timeout; }
        catch (OptionsValidationException) { return TimeSpan.Zero; }
    }
}
