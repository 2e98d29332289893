using Microsoft.Extensions.Options;
using Scriban;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// The shared layout every notice is sent in (<c>layout/notice.html.sbn</c> and <c>layout/notice.text.sbn</c> in
/// <c>Notices:TemplatesPath</c>): the letterhead as header, the template's body, the basis as a footer and the
/// contact details. Read and parsed once; a layout that does not parse stops the app.
/// </summary>
public sealed class NoticeLayout(IOptions<NoticeOptions> options, IHostEnvironment environment)
{
    public const string Folder = "layout";
    private readonly Lazy<(Template Html, Template Text)> _templates = new(() =>
    {
        var folder = Path.Combine(NoticeTemplateFiles.Resolve(options.Value.TemplatesPath, environment), Folder);
        return (Load(Path.Combine(folder, "notice.html.sbn")), Load(Path.Combine(folder, "notice.text.sbn")));
    });

    public Template Html => _templates.Value.Html;
    public Template Text => _templates.Value.Text;

    private static Template Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"The notice layout {path} is missing.");
        var template = Template.Parse(File.ReadAllText(path), path);
        return template.HasErrors
            ? throw new InvalidOperationException($"The notice layout {path} does not parse: {string.Join("; ", template.Messages)}")
            : template;
    }
}
