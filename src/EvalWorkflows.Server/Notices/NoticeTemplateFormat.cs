using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Reads the notice template file format (one file per notice, <c>templates/NAME.sbn</c>):
/// <code>
/// +++                      optional header: a Scriban script run once, without a model
/// # comments start with #
/// title = "…"              the template's name for people
/// basis = "000 §三.2"      default legal basis of notices from this template
/// +++
/// === subject ===          the subject; line breaks fold into spaces
/// === html ===             HTML body: every {{ }} output is HTML-escaped; {{ x | raw }} opts out
/// === text ===             plain-text body, not escaped
/// </code>
/// Each section is a Scriban template over the instance variables. Every message points at a line and
/// column of the file itself, so an admin can find it in the editor.
/// </summary>
public static partial class NoticeTemplateFormat
{
    private const string HeaderFence = "+++";
    private static readonly string[] SectionNames = ["subject", "html", "text"];
    private static readonly string[] HeaderKeys = ["title", "basis"];
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    [GeneratedRegex(@"^===\s*([A-Za-z_-]+)\s*===\s*$")]
    private static partial Regex SectionMarker();

    public static NoticeTemplateParse Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var problems = new List<TemplateProblem>();
        var at = 0;
        while (at < lines.Length && string.IsNullOrWhiteSpace(lines[at])) at++;
        var header = new Dictionary<string, string>();
        if (at < lines.Length && lines[at].Trim() == HeaderFence)
        {
            var end = Array.FindIndex(lines, at + 1, l => l.Trim() == HeaderFence);
            if (end < 0)
                return Failed(problems, new(at + 1, 1, "模板头以 +++ 开始，但缺少结束的 +++ 行。"));
            header = ReadHeader(lines, at + 1, end, problems);
            at = end + 1;
        }
        var sections = ReadSections(lines, at, problems);
        if (problems.Count > 0) return new(null, problems);
        return new(new NoticeTemplate
        {
            Title = header.GetValueOrDefault("title"),
            Basis = header.GetValueOrDefault("basis"),
            Subject = sections["subject"],
            Html = sections["html"],
            Text = sections["text"],
        }, problems);
    }

    private static Dictionary<string, string> ReadHeader(string[] lines, int first, int end, List<TemplateProblem> problems)
    {
        var values = new Dictionary<string, string>();
        var script = Template.Parse(string.Join('\n', lines[first..end]), lexerOptions: ScriptOnly);
        if (AddParserErrors(script, first, problems)) return values;
        var store = new ScriptObject();
        var context = NoticeRenderer.CreateSandbox();
        context.PushGlobal(store);
        try
        {
            script.Evaluate(context);
        }
        catch (ScriptRuntimeException e)
        {
            problems.Add(At(first, e.Span, e.OriginalMessage));
            return values;
        }
        foreach (var key in store.Keys)
        {
            if (!HeaderKeys.Contains(key))
                problems.Add(new(first, 1, $"未知的模板头“{key}”：只能设置 {string.Join("、", HeaderKeys)}。"));
            else if (store[key] is string value)
                values[key] = value;
            else if (store[key] is not null)
                problems.Add(new(first, 1, $"模板头“{key}”必须是字符串（用引号括起）。"));
        }
        return values;
    }

    private static Dictionary<string, TemplateSection> ReadSections(string[] lines, int from, List<TemplateProblem> problems)
    {
        var markers = new List<(string Name, int Line)>();
        for (var i = from; i < lines.Length; i++)
            if (SectionMarker().Match(lines[i]) is { Success: true } m) markers.Add((m.Groups[1].Value.ToLowerInvariant(), i));

        var firstMarker = markers.Count > 0 ? markers[0].Line : lines.Length;
        var stray = Array.FindIndex(lines, from, firstMarker - from, l => !string.IsNullOrWhiteSpace(l));
        if (stray >= 0)
            problems.Add(new(stray + 1, 1, "正文必须放在 === subject ===、=== html ===、=== text === 标记之后。"));

        var sections = new Dictionary<string, TemplateSection>();
        for (var k = 0; k < markers.Count; k++)
        {
            var (name, line) = markers[k];
            var end = k + 1 < markers.Count ? markers[k + 1].Line : lines.Length;
            if (!SectionNames.Contains(name))
                problems.Add(new(line + 1, 1, $"未知的部分“{name}”：只能是 subject、html、text。"));
            else if (sections.ContainsKey(name))
                problems.Add(new(line + 1, 1, $"部分“{name}”重复出现。"));
            else
            {
                var template = Template.Parse(string.Join('\n', lines[(line + 1)..end]));
                if (!AddParserErrors(template, line + 1, problems)) sections[name] = new(template, line + 1);
            }
        }
        foreach (var name in SectionNames)
            if (!sections.ContainsKey(name) && !markers.Exists(m => m.Name == name))
                problems.Add(new(lines.Length, 1, $"缺少 === {name} === 部分。"));
        return sections;
    }

    private static bool AddParserErrors(Template template, int firstLine, List<TemplateProblem> problems)
    {
        foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            problems.Add(At(firstLine, m.Span, m.Message));
        return template.HasErrors;
    }

    /// <summary>Scriban counts lines and columns from 0 within the parsed text; the file counts from 1.</summary>
    internal static TemplateProblem At(int firstLine, SourceSpan span, string message) =>
        new(firstLine + span.Start.Line + 1, span.Start.Column + 1, message);

    private static NoticeTemplateParse Failed(List<TemplateProblem> problems, TemplateProblem problem)
    {
        problems.Add(problem);
        return new(null, problems);
    }
}

/// <summary>A parser message at a 1-based line and column of the template file.</summary>
public sealed record TemplateProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}): {Message}";
}

public sealed record NoticeTemplateParse(NoticeTemplate? Template, IReadOnlyList<TemplateProblem> Problems);

/// <summary>One section of a template file, with the file line (0-based) its text starts on.</summary>
public sealed record TemplateSection(Template Template, int FirstLine);

/// <summary>A parsed notice template: its header values and its three sections.</summary>
public sealed class NoticeTemplate
{
    public string? Title { get; init; }
    public string? Basis { get; init; }
    public required TemplateSection Subject { get; init; }
    public required TemplateSection Html { get; init; }
    public required TemplateSection Text { get; init; }
}
