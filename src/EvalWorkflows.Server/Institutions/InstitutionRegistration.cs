using System.Security.Cryptography;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Institutions;

/// <summary>A registered institution and its login; the password only when one was asked for (the API's).</summary>
public sealed record RegisteredInstitution(Institution Institution, string UserName, string? Password);

/// <summary>Why a registration was refused: the problem code and the field it concerns.</summary>
public sealed record RegistrationRefusal(string Code, string Field, string Detail);

/// <summary>
/// Registers an institution, its portal login and the activation mail to its contact together or not at all:
/// the one way behind POST /api/institutions and the /institutions/new page.
/// </summary>
public sealed class InstitutionRegistration(AppDbContext db, UserManager<AppUser> users, AccountActivation activation, TimeProvider time)
{
    /// <param name="withPassword">
    /// Whether the login also gets a random initial password, returned to the caller: the API's contract, for
    /// scripted integrations that sign in as the institution. The page passes false, so the clerk never sees a
    /// password and only the contact, through the link, sets one.
    /// </param>
    public async Task<(RegisteredInstitution? Registered, RegistrationRefusal? Refusal)> RegisterAsync(
        CreateInstitutionRequest request, bool withPassword, Uri requestUrl, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(request.CreditCode!);
        if (await db.Set<Institution>().AnyAsync(i => i.CreditCode == code, ct)) return (null, CreditCodeTaken(code));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var institution = New(request, code);
        db.Add(institution);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return (null, CreditCodeTaken(code));
        }
        var user = new AppUser { UserName = institution.UserName, Email = institution.Email, DisplayName = institution.Name, InstitutionId = institution.Id };
        var password = withPassword ? NewPassword() : null;
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Institution);
        if (!created.Succeeded)
            return (null, new("LOGIN_NOT_CREATED", "creditCode",
                $"无法为该机构创建登录账号：{string.Join("；", created.Errors.Select(e => e.Description))}"));
        await activation.SendAsync(institution, user, requestUrl, ct);
        await tx.CommitAsync(ct);
        activation.DeliverSoon();
        return (new(institution, user.UserName!, password), null);
    }

    private Institution New(CreateInstitutionRequest request, string code) => new()
    {
        Id = Guid.NewGuid(), Name = request.Name!.Trim(), CreditCode = code, Kind = request.ParsedKind!.Value,
        LegalRepresentative = request.LegalRepresentative!.Trim(), Address = request.Address!.Trim(),
        ContactName = request.ContactName!.Trim(), ContactPhone = request.ContactPhone!.Trim(),
        Email = request.Email!.Trim(), Authority = request.Authority!, UserName = code.ToLowerInvariant(),
        CreatedAt = time.GetUtcNow(),
    };

    /// <summary>A new link for an institution whose contact lost or let expire the last one.</summary>
    public async Task<bool> ResendActivationAsync(Guid institutionId, Uri requestUrl, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == institutionId, ct);
        if (institution?.UserName is null || await users.FindByNameAsync(institution.UserName) is not { } user) return false;
        await activation.SendAsync(institution, user, requestUrl, ct);
        activation.DeliverSoon();
        return true;
    }

    private static RegistrationRefusal CreditCodeTaken(string code) =>
        new("INSTITUTION_EXISTS", "creditCode", $"统一社会信用代码为 {code} 的机构已经登记。");

    /// <summary>16 characters from every class Identity requires, drawn from a cryptographic source.</summary>
    private static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "!@#$%^&*-_=+";
        const string all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
