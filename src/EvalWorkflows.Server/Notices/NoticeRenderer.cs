using System.Text.RegularExpressions;
using EvalWorkflows.Engine.Expressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EvalWorkflows.Server.Notices;

/// <summary>The subject and bodies of one notice, as sent.</summary>
public sealed record RenderedNotice(string Subject, string Html, string Text);

/// <summary>
/// Renders notice templates in the sandbox the engine uses for its own expressions (see
/// <see cref="ScribanExpressions"/>): no .NET member is reachable, loops and recursion are bounded, and only
/// the registered <see cref="IExpressionFunctions"/> (e.g. <c>add_working_days</c>) are added. Templates also
/// see <c>notice.basis</c> and <c>notice.title</c>, so the body cites the same basis the notice records.
/// </summary>
public sealed partial class NoticeRenderer(ScribanExpressions expressions)
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <exception cref="NoticeRenderException">A section failed at run time (e.g. a call to an unknown function).</exception>
    public RenderedNotice Render(NoticeTemplate template, IDictionary<string, object?> model, string? basis)
    {
        var subject = RenderSection(template.Subject, "subject", model, template, basis, escapeHtml: false);
        var html = RenderSection(template.Html, "html", model, template, basis, escapeHtml: true);
        var text = RenderSection(template.Text, "text", model, template, basis, escapeHtml: false);
        return new(Whitespace().Replace(subject, " ").Trim(), html.Trim(), text.Trim());
    }

    private string RenderSection(TemplateSection section, string name, IDictionary<string, object?> model,
        NoticeTemplate template, string? basis, bool escapeHtml)
    {
        var context = CreateSandbox(escapeHtml);
        var notice = new ScriptObject { ["basis"] = basis, ["title"] = template.Title };
        expressions.PushGlobals(context, model, globals =>
        {
            globals.SetValue("notice", notice, true);
            globals.Import("raw", new Func<object?, object?>(v => escapeHtml ? new HtmlEscapingContext.Raw(context.ObjectToString(v) ?? "") : v));
        });
        try
        {
            return section.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new NoticeRenderException(name, NoticeTemplateFormat.At(section.FirstLine, e.Span, e.OriginalMessage));
        }
    }

    /// <summary>The engine's sandbox (<see cref="ScribanExpressions.Sandbox{T}"/>), escaping HTML where asked.</summary>
    internal static TemplateContext CreateSandbox(bool escapeHtml = false) =>
        escapeHtml ? ScribanExpressions.Sandbox(new HtmlEscapingContext()) : ScribanExpressions.Sandbox(new TemplateContext());
}

/// <summary>A template section failed while rendering; the message is for the admin who edits the template.</summary>
public sealed class NoticeRenderException(string section, TemplateProblem problem)
    : Exception($"通知模板的 {section} 部分渲染失败 {problem}")
{
    public TemplateProblem Problem { get; } = problem;
}

/// <summary>
/// Escapes every value a {{ }} block writes, so a variable holding markup (an institution name typed into a
/// form) shows as text instead of changing the mail. Literal template text is written as is; a value piped
/// through <c>raw</c> is trusted.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public sealed record Raw(string Html);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => base.Write(span, textAsObject),
        Raw raw => base.Write(span, raw.Html),
        _ => base.Write(span, Escape(ObjectToString(textAsObject, false) ?? "")),
    };

    private static string Escape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
