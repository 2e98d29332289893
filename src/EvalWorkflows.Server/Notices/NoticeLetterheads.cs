using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Who a notice comes from (section <c>Notices:Letterheads</c>), per filing authority: <c>province</c> (required)
/// or a city's division code (e.g. <c>370100</c>). A notice whose instance has an <c>authority</c> variable
/// with its own letterhead uses that one; every other notice uses <c>province</c>.
/// </summary>
public sealed class NoticeLetterheads
{
    public const string Section = "Notices:Letterheads";
    public const string Province = "province";

    public Dictionary<string, NoticeLetterhead> Authorities { get; set; } = new(StringComparer.Ordinal)
    {
        [Province] = new(),
    };

    /// <summary>The letterhead of the model's <c>authority</c> variable, else the province's.</summary>
    public NoticeLetterhead For(IDictionary<string, object?> model) =>
        model.TryGetValue("authority", out var value) && value is string authority
        && Authorities.TryGetValue(authority, out var own) ? own : Authorities[Province];

    internal static void AddTo(IServiceCollection services, IConfigurationSection section) =>
        services.AddOptions<NoticeLetterheads>()
            .Bind(section)
            .Validate(o => o.Authorities.ContainsKey(Province), $"{Section}:Authorities:{Province} is required.")
            .Validate(o => o.Authorities.Values.All(l => !string.IsNullOrWhiteSpace(l.Centre)
                && !string.IsNullOrWhiteSpace(l.Authority) && !string.IsNullOrWhiteSpace(l.Signature)),
                $"Every {Section}:Authorities entry needs Centre, Authority and Signature.")
            .Validate(o => o.Authorities.Values.All(l => IsMailbox(l.From) && IsMailbox(l.ReplyTo)),
                $"{Section}:Authorities From and ReplyTo must be mail addresses when set.")
            .ValidateOnStart();

    private static bool IsMailbox(string? value) => string.IsNullOrWhiteSpace(value) || MailboxAddress.TryParse(value, out _);
}

/// <summary>The header, signature, contact details and sender of one authority's notices.</summary>
public sealed class NoticeLetterhead
{
    /// <summary>The centre's name, the header of every notice.</summary>
    public string Centre { get; set; } = "职业技能鉴定指导中心";
    /// <summary>The authority the centre acts for, under the header.</summary>
    public string Authority { get; set; } = "人力资源和社会保障厅";
    /// <summary>落款 at the end of the body.</summary>
    public string Signature { get; set; } = "职业技能鉴定指导中心";
    /// <summary>Sender display name and address; empty uses <c>Mail:Smtp:From</c>.</summary>
    public string? From { get; set; }
    public string? ReplyTo { get; set; }
    public string? Phone { get; set; }
    /// <summary>Shown under 联系方式; empty shows the address of <see cref="ReplyTo"/>.</summary>
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }

    internal string? ContactEmail => Email is { Length: > 0 } email ? email
        : ReplyTo is { Length: > 0 } && MailboxAddress.TryParse(ReplyTo, out var reply) ? reply.Address : null;
}
