using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EvalWorkflows.Server.Pages;

public static partial class PagesExtensions
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
        services.AddSingleton<ModulePreloads>();
        return services;
    }

    /// <summary>
    /// The bundled scripts and styles (wwwroot/dist, built by esbuild during dotnet build), served before
    /// authentication so that no asset request costs a session check.
    /// </summary>
    public static WebApplication UsePages(this WebApplication app)
    {
        var compressed = new CompressedAssets(app.Environment.WebRootFileProvider);
        app.Use((context, next) => { compressed.ChooseCopy(context); return next(context); });
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = compressed.ContentTypes, OnPrepareResponse = CacheForeverWhenVersioned,
        });
        // A person who meets an error status gets a page in the layout; the API keeps its problem details.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        // Routing after the re-execution, so that /error/{code} finds its page when a status is re-executed.
        app.UseRouting();
        return app;
    }

    /// <summary>
    /// A bundle file whose address changes with its content — a chunk or asset esbuild named by its hash, or an
    /// entry asked for with asp-append-version's <c>?v=</c> — is kept by the browser for a year without asking
    /// again: a second visit to the modeler then costs no round trip per chunk. Anything else is revalidated.
    /// </summary>
    private static void CacheForeverWhenVersioned(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        if (!request.Path.StartsWithSegments("/dist")) return;
        var versioned = request.Query.ContainsKey("v") || request.Path.StartsWithSegments("/dist/chunks")
            || HashedAssetName().IsMatch(context.File.Name);
        if (versioned) context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
    }

    /// <summary>
    /// An asset esbuild copied under a name ending in its content hash (icons and fonts of bpmn-js), or a compressed
    /// copy of one.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"-[A-Z0-9]{8}\.(svg|eot|ttf|woff2?)(\.br|\.gz)?$")]
    private static partial System.Text.RegularExpressions.Regex HashedAssetName();

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
