using System.Security.Cryptography;
using System.Text;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Institutions;

/// <summary>Activation links (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    /// <summary>How long an activation link works.</summary>
    public TimeSpan ActivationLifetime { get; set; } = TimeSpan.FromDays(7);
    /// <summary>
    /// The address people reach the site at (https://…), for links in mail. Unset: the address of the request
    /// that sent the link, which is right unless a proxy rewrites the host.
    /// </summary>
    public Uri? PublicUrl { get; set; }
}

/// <summary>
/// 账号激活 — an institution's login starts without a usable password; its contact sets one through a link
/// mailed to the institution's address. The link carries a random token of which only the SHA-256 hash is
/// kept (in Identity's user-token table, with its expiry), so a leaked database opens no account; setting the
/// password removes it (single use), and sending a new link replaces it.
/// </summary>
public sealed class AccountActivation(
    AppDbContext db, UserManager<AppUser> users, NoticeTemplates templates, NoticeRenderer renderer, NoticeOutbox outbox,
    IOptions<NoticeLetterheads> letterheads, IOptions<MailOptions> mail,
    PromptDelivery prompt, TimeProvider time, IOptions<AccountOptions> options)
{
    public const string Template = "account-activation";
    private const string Provider = "EvalWorkflows.Activation";
    private const string HashName = "TokenHash";
    private const string ExpiryName = "ExpiresAt";

    /// <summary>
    /// Makes a new link for the institution's login (any earlier link stops working) and queues the mail to
    /// the institution's address. Saves in the caller's transaction, if any.
    /// </summary>
    public async Task SendAsync(Institution institution, AppUser user, Uri requestUrl, CancellationToken ct)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expires = time.GetUtcNow() + options.Value.ActivationLifetime;
        Check(await users.SetAuthenticationTokenAsync(user, Provider, HashName, Hash(token)));
        Check(await users.SetAuthenticationTokenAsync(user, Provider, ExpiryName, expires.ToString("O")));
        var source = await templates.FindAsync(db, Template, ct)
            ?? throw new InvalidOperationException($"The notice template '{Template}' is missing.");
        var template = templates.Parse(source.Text);
        var url = new Uri(options.Value.PublicUrl ?? requestUrl, $"/activate/{token}");
        var model = new Dictionary<string, object?>
        {
            ["institution_name"] = institution.Name, ["contact_name"] = institution.ContactName, ["authority"] = institution.Authority,
            ["user_name"] = user.UserName, ["activation_url"] = url.ToString(), ["expires_at"] = ChineseDates.DateTime(expires),
        };
        // The letterhead of the authority the institution files with, as its workflow notices have.
        var letterhead = letterheads.Value.For(model);
        var content = renderer.Render(template, model, new NoticeFrame(template.Basis, letterhead, ChineseDates.BeijingDate(time.GetUtcNow())));
        outbox.Queue(db, new NoticeDraft
        {
            Template = Template, To = [institution.Email], Content = content, Basis = template.Basis, InstitutionId = institution.Id,
            From = letterhead.From is { Length: > 0 } from ? from : mail.Value.Smtp.From, ReplyTo = letterhead.ReplyTo,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Starts delivery at once after the caller committed (the minute sweep would otherwise send it).</summary>
    public void DeliverSoon() => prompt.Request();

    /// <summary>The login a token opens, or null when it is unknown, used or expired.</summary>
    public async Task<AppUser?> FindAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var userId = await db.UserTokens.AsNoTracking()
            .Where(t => t.LoginProvider == Provider && t.Name == HashName && t.Value == hash)
            .Select(t => t.UserId).FirstOrDefaultAsync(ct);
        if (userId is null || await users.FindByIdAsync(userId) is not { } user) return null;
        var expiry = await users.GetAuthenticationTokenAsync(user, Provider, ExpiryName);
        return DateTimeOffset.TryParse(expiry, out var expires) && expires > time.GetUtcNow() ? user : null;
    }

    /// <summary>
    /// Sets the password (Identity's rules apply) and spends the link; a new security stamp ends any session
    /// opened with an earlier password.
    /// </summary>
    public async Task<IdentityResult> ActivateAsync(AppUser user, string password, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await users.HasPasswordAsync(user)) Check(await users.RemovePasswordAsync(user));
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded) return result;
        Check(await users.RemoveAuthenticationTokenAsync(user, Provider, HashName));
        Check(await users.RemoveAuthenticationTokenAsync(user, Provider, ExpiryName));
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Whether the login still waits for its contact to set a password through a link.</summary>
    public async Task<bool> IsPendingAsync(AppUser user) =>
        await users.GetAuthenticationTokenAsync(user, Provider, HashName) is not null;

    /// <summary>The logins whose activation link is out and not yet used.</summary>
    public static IQueryable<string?> PendingUserNames(AppDbContext db) =>
        db.UserTokens.Where(t => t.LoginProvider == Provider && t.Name == HashName)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u.UserName);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Activation link: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
