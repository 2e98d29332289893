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
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie);
        services.AddAuthorization();
        services.AddScoped<PasswordSignIn>();
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
        o.Events.OnRedirectToLogin = ctx => IsApi(ctx.Request)
            ? ApiProblems.WriteAsync(ctx.HttpContext, ApiProblems.Create(401, "UNAUTHENTICATED", "请先登录。"))
            : Redirect(ctx);
        o.Events.OnRedirectToAccessDenied = ctx => IsApi(ctx.Request)
            ? ApiProblems.WriteAsync(ctx.HttpContext, ApiProblems.Create(403, "FORBIDDEN", "您的角色无权执行此操作。"))
            : Redirect(ctx);
    }

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
