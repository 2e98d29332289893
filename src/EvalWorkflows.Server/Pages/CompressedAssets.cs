using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace EvalWorkflows.Server.Pages;

/// <summary>
/// Serves a bundle file from the Brotli or gzip copy the client-app build wrote beside it (<c>name.js.br</c>,
/// <c>name.js.gz</c>; ClientApp/build.mjs) when the browser accepts that encoding: the modeler's script is 0.9 MB,
/// under 0.2 MB as Brotli, and nothing is compressed per request. Anything without a copy, or a browser that accepts
/// neither, gets the file as it is.
/// </summary>
public sealed class CompressedAssets(IFileProvider webRoot)
{
    /// <summary>The encodings a copy may have, in the order they are preferred, each with its file suffix.</summary>
    private static readonly (string Encoding, string Suffix)[] Copies = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Points the request at the best compressed copy the browser accepts, if there is one.</summary>
    public void ChooseCopy(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/dist") || !HasCopies(path.Value!)) return;
        // Whatever is chosen, a cache must not give one browser's encoding to another.
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Copies)
        {
            var accepts = accepted.Any(a => a.Quality != 0
                && string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase));
            if (!accepts || !webRoot.GetFileInfo(path.Value + suffix).Exists) continue;
            context.Request.Path = path.Value + suffix;
            context.Response.Headers.ContentEncoding = encoding;
            return;
        }
    }

    /// <summary>A copy is served with the type of the file it is a copy of.</summary>
    public IContentTypeProvider ContentTypes { get; } = new CopyContentTypes(new FileExtensionContentTypeProvider());

    private static bool HasCopies(string path) =>
        path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal)
        || path.EndsWith(".svg", StringComparison.Ordinal);

    private sealed class CopyContentTypes(FileExtensionContentTypeProvider types) : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Copies)
                if (subpath.EndsWith(suffix, StringComparison.Ordinal))
                    return types.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            return types.TryGetContentType(subpath, out contentType!);
        }
    }
}
