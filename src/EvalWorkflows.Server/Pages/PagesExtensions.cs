using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EvalWorkflows.Server.Pages;

public static class PagesExtensions
{
    /// <summary>
    /// Server-rendered Razor Pages, each beside its feature (<c>Filings/Pages/…</c>) with an absolute route in its
    /// <c>@page</c> directive; one layout (<c>Pages/Shared/_Layout.cshtml</c>) and one stylesheet for all.
    /// </summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.RootDirectory = "/");
        // Chinese text is written as itself, not as character references: readable page source, smaller pages.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<Navigation>();
        return services;
    }

    /// <summary>
    /// The bundled scripts and styles (wwwroot/dist, built by esbuild during dotnet build), served before
    /// authentication so that no asset request costs a session check.
    /// </summary>
    public static WebApplication UsePages(this WebApplication app)
    {
        app.UseStaticFiles();
        // A person who meets an error status gets a page in the layout; the API keeps its problem details.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        // Routing after the re-execution, so that /error/{code} finds its page when a status is re-executed.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>The page title and breadcrumb every page sets, read by the layout.</summary>
    public static void SetTitle(this ViewDataDictionary viewData, string title, params (string Text, string? Href)[] trail)
    {
        viewData["Title"] = title;
        viewData["Breadcrumb"] = trail;
    }
}
