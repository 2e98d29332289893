using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>
/// Signs a request in as the user named in <c>X-Test-User</c> with the roles in <c>X-Test-Role</c>, so the
/// admin paths can be driven before the real sign-in exists; made the default over any scheme the server adds.
/// </summary>
internal sealed class HeaderUserAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeaders";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderUserAuthentication>(SchemeName, null);
        services.AddAuthorization();
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = o.DefaultAuthenticateScheme = o.DefaultChallengeScheme = o.DefaultForbidScheme = SchemeName;
        });
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers["X-Test-User"].FirstOrDefault() is not { Length: > 0 } user)
            return Task.FromResult(AuthenticateResult.NoResult());
        var claims = Request.Headers["X-Test-Role"].Select(r => new Claim(ClaimTypes.Role, r ?? ""))
            .Append(new Claim(ClaimTypes.Name, user));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
