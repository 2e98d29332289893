using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Where notices go (section <c>Mail</c>): SMTP through MailKit when <c>Mail:Smtp:Host</c> is set, otherwise
/// <c>.eml</c> files in <c>Mail:PickupDirectory</c> — the embedded default that needs no mail server.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string PickupDirectory { get; set; } = "mail/pickup";
    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 25;
        /// <summary>TLS on connect for port 465, STARTTLS otherwise; false sends in the clear (local relays).</summary>
        public bool UseTls { get; set; }
        public string? User { get; set; }
        public string? Password { get; set; }
        public string From { get; set; } = "职业技能鉴定指导中心 <no-reply@evalworkflows.local>";
        /// <summary>
        /// How long one connect, command or message may take before the attempt counts as failed (a retry follows);
        /// bounded, so a hung server cannot hold a notice past its lease (<see cref="NoticeOptions.SendLease"/>).
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
    }

    internal static void AddTo(IServiceCollection services, IConfigurationSection section) =>
        services.AddOptions<MailOptions>()
            .Bind(section)
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Mail:Smtp:Port must be between 1 and 65535.")
            .Validate(o => o.Smtp.Timeout > TimeSpan.Zero, "Mail:Smtp:Timeout must be positive.")
            .Validate(o => MailboxAddress.TryParse(o.Smtp.From, out _), "Mail:Smtp:From is not a mail address.")
            .Validate(o => o.UsesSmtp || !string.IsNullOrWhiteSpace(o.PickupDirectory),
                "Mail:PickupDirectory is required when Mail:Smtp:Host is not set.")
            .Validate(o => string.IsNullOrEmpty(o.Smtp.User) || o.Smtp.Password is not null,
                "Mail:Smtp:Password is required when Mail:Smtp:User is set.")
            .ValidateOnStart();
}
