using System.Text.Json;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvalWorkflows.Server.Pages;

/// <summary>
/// A page's module script from the bundle (<c>&lt;script type="module" src="/dist/studio.js"&gt;</c>) is followed by a
/// <c>&lt;link rel="modulepreload"&gt;</c> for every chunk it imports, so the browser fetches and compiles the
/// chunks alongside the entry instead of only once it has parsed the entry (over a megabyte for the modeler).
/// After the script, not before: over HTTP/1.1 a browser opens six connections to a host, and the entry, the
/// largest file, should not wait behind its small chunks for one.
/// </summary>
[HtmlTargetElement("script", Attributes = "[type=module],[src^=/dist/]")]
public sealed class ModulePreloadTagHelper(ModulePreloads preloads) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var entry = context.AllAttributes["src"].Value?.ToString() ?? "";
        foreach (var chunk in preloads.ChunksOf(entry["/dist/".Length..]))
            output.PostElement.AppendHtml($"\n<link rel=\"modulepreload\" href=\"/dist/{chunk}\" />");
    }
}

/// <summary>
/// Each bundle entry's chunks, from <c>wwwroot/dist/modulepreload.json</c> (written by ClientApp/build.mjs with
/// the bundle, read once). Chunk names carry their content hash, so the list is as current as the bundle.
/// </summary>
public sealed class ModulePreloads(IWebHostEnvironment environment)
{
    private readonly Lazy<Dictionary<string, string[]>> _chunks = new(() => Read(environment));

    public IReadOnlyList<string> ChunksOf(string entry) => _chunks.Value.GetValueOrDefault(entry) ?? [];

    private static Dictionary<string, string[]> Read(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("dist/modulepreload.json");
        if (!file.Exists) return [];
        using var stream = file.CreateReadStream();
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream) ?? [];
    }
}
