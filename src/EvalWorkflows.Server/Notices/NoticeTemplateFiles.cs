using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// The templates shipped in <c>Notices:TemplatesPath</c>, read and parsed once at start-up: a file that does not
/// parse stops the app with its name and the parser's message, rather than failing the first notice it sends.
/// </summary>
public sealed class NoticeTemplateFiles(IOptions<NoticeOptions> options, IHostEnvironment environment)
{
    public const string Extension = ".sbn";
    private readonly Lazy<IReadOnlyDictionary<string, string>> _texts = new(() => Load(Resolve(options.Value.TemplatesPath, environment)));

    public IReadOnlyDictionary<string, string> Texts => _texts.Value;

    public string? Find(string name) => Texts.GetValueOrDefault(name);

    internal static string Resolve(string path, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(path)) return path;
        string[] candidates = [Path.Combine(AppContext.BaseDirectory, path), Path.Combine(environment.ContentRootPath, path)];
        return candidates.FirstOrDefault(Directory.Exists) ?? throw new InvalidOperationException(
            $"Notices:TemplatesPath '{path}' is not a folder; looked in {string.Join(" and ", candidates)}.");
    }

    private static IReadOnlyDictionary<string, string> Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"Notices:TemplatesPath '{folder}' is not a folder.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var parse = NoticeTemplateFormat.Parse(text);
            if (parse.Template is null)
                throw new InvalidOperationException(
                    $"Notice template '{Path.GetFileName(file)}' does not parse: {string.Join("; ", parse.Problems)}");
            texts[Path.GetFileNameWithoutExtension(file)] = text;
        }
        return texts;
    }
}
