namespace EvalWorkflows.Server.Files;

/// <summary>A kind of file the materials may be: its media type, the names it may carry and its first bytes.</summary>
public sealed record FileKind(string ContentType, string[] Extensions, byte[] Signature);

/// <summary>
/// Which files are accepted as materials: PDF, PNG and JPEG, recognised by their content's first bytes (a renamed
/// executable is refused however it is named), and named with an extension that matches the content.
/// </summary>
public static class FileSignatures
{
    public static readonly IReadOnlyList<FileKind> Accepted =
    [
        new("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        new("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>The accepted extensions, for a file input's <c>accept</c> attribute.</summary>
    public static string AcceptAttribute => string.Join(',', Accepted.SelectMany(k => k.Extensions));

    public static FileKind? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var kind in Accepted)
            if (content.StartsWith(kind.Signature)) return kind;
        return null;
    }
}
