using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// ASP.NET Core Identity users and roles in the app database, signed in with a cookie. API calls get
    /// 401/403 problem details; only page requests are redirected to a login page.
    /// </summary>
    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        // Guessing is slowed down by SignInThrottle, not by locking accounts; lock-out is an admin's act.
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 8)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<SessionSignInManager>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie)
            // Never issued, but Identity's security stamp validator signs it out with every rejected session.
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IWebHostEnvironment, IConfiguration>((o, env, config) => o.Cookie.SecurePolicy = CookiePolicy(env, config));
        services.AddAntiforgery();
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IWebHostEnvironment, IConfiguration>((o, env, config) => o.Cookie.SecurePolicy = CookiePolicy(env, config));
        // Every request checks the session's security stamp, so that signing out, a password change and a
        // lock-out end existing sessions at once. On the wall clock, like the cookie (see ConfigureCookie).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.TimeProvider = TimeProvider.System;
        });
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<PasswordSignIn>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration("Auth:Throttle").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<SeedOptions>().BindConfiguration("Seed").ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<UserSeeder>();
        // The first admin's one-time setup link runs on the wall clock, whatever clock the workflows use.
        services.AddSingleton(new FirstAdminSetupLink(TimeProvider.System));
        services.AddHostedService<FirstAdminAnnouncement>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "EvalWorkflows.Auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/login";
        o.AccessDeniedPath = "/denied";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        // Sessions run on the wall clock: a manual workflow clock moved months ahead must not expire them.
        o.TimeProvider = TimeProvider.System;
        o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
            ? ApiProblems.WriteAsync(ctx.HttpContext, ApiProblems.Create(401, "UNAUTHENTICATED", "请先登录。"))
            : Redirect(ctx);
        o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request)
            ? ApiProblems.WriteAsync(ctx.HttpContext, ApiProblems.Create(403, "FORBIDDEN", "您的角色无权执行此操作。"))
            : Redirect(ctx);
    }

    /// <summary>
    /// Session and anti-forgery cookies are Secure outside Development (<c>Auth:SecureCookies</c>, default true there),
    /// so they never travel over plain HTTP; a server deliberately run over plain HTTP (a test host, a closed
    /// rehearsal machine) turns it off explicitly.
    /// </summary>
    private static CookieSecurePolicy CookiePolicy(IWebHostEnvironment env, IConfiguration config) =>
        config.GetValue("Auth:SecureCookies", !env.IsDevelopment()) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
