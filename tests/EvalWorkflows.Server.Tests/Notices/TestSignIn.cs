using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// Signs a request in with the roles in its <c>X-Test-Roles</c> header, standing in for the app's real sign-in
/// until it exists; a request without the header is anonymous.
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string RolesHeader = "X-Test-Roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RolesHeader, out var roles)) return Task.FromResult(AuthenticateResult.NoResult());
        var claims = roles.ToString().Split(',').Select(r => new Claim(ClaimTypes.Role, r.Trim()))
            .Append(new Claim(ClaimTypes.Name, "test-" + roles.ToString().Split(',')[0].Trim()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
