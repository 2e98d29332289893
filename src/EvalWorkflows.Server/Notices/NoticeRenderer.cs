using System.Text.RegularExpressions;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Sources;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EvalWorkflows.Server.Notices;

/// <summary>The subject and bodies of one notice, as sent.</summary>
public sealed record RenderedNotice(string Subject, string Html, string Text);

/// <summary>What a notice is rendered with besides the template and the model.</summary>
public sealed record NoticeFrame(string? Basis, NoticeLetterhead Letterhead, DateOnly IssuedOn);

/// <summary>
/// Renders notice templates in the sandbox the engine uses for its own expressions (see
/// <see cref="ScribanExpressions"/>): no .NET member is reachable, and only the registered
/// <see cref="IExpressionFunctions"/> (e.g. <c>add_working_days</c>, <c>date_cn</c>) are added. Every render is
/// bounded (<see cref="NoticeRenderLimits"/>): the model's size, the loops, the recursion, each string and the
/// total output. Templates also see <c>notice.basis</c>, <c>notice.basis_text</c> (the cited sources in words)
/// and <c>notice.title</c>; the bodies are then set in the shared <see cref="NoticeLayout"/>.
/// </summary>
public sealed partial class NoticeRenderer(ScribanExpressions expressions, NoticeLayout layout, LegalSourceRegistry sources)
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <exception cref="NoticeRenderException">The model is too large, or a section failed or broke a limit.</exception>
    public RenderedNotice Render(NoticeTemplate template, IDictionary<string, object?> model, NoticeFrame frame)
    {
        NoticeRenderLimits.CheckModel(model);
        var notice = new ScriptObject
        {
            ["basis"] = frame.Basis, ["basis_text"] = sources.Cite(frame.Basis), ["title"] = template.Title,
        };
        var subject = RenderSection(template.Subject, "subject", model, notice, escapeHtml: false);
        var html = RenderSection(template.Html, "html", model, notice, escapeHtml: true);
        var text = RenderSection(template.Text, "text", model, notice, escapeHtml: false);
        return new(Whitespace().Replace(subject, " ").Trim(),
            RenderLayout(layout.Html, new HtmlEscapingContext.Raw(html.Trim()), template, frame, escapeHtml: true),
            RenderLayout(layout.Text, text.Trim(), template, frame, escapeHtml: false));
    }

    private string RenderSection(TemplateSection section, string name, IDictionary<string, object?> model,
        ScriptObject notice, bool escapeHtml)
    {
        var context = CreateSandbox(escapeHtml);
        expressions.PushGlobals(context, model, globals =>
        {
            globals.SetValue("notice", notice, true);
            globals.Import("raw", new Func<object?, object?>(v => escapeHtml ? new HtmlEscapingContext.Raw(context.ObjectToString(v) ?? "") : v));
        });
        return Run(section.Template, context, name, section.FirstLine);
    }

    private string RenderLayout(Template template, object body, NoticeTemplate notice, NoticeFrame frame, bool escapeHtml)
    {
        var context = CreateSandbox(escapeHtml);
        var l = frame.Letterhead;
        var globals = new ScriptObject
        {
            ["body"] = body, ["title"] = notice.Title, ["basis_text"] = sources.Cite(frame.Basis),
            ["issued_on"] = ChineseDates.Date(frame.IssuedOn), ["centre"] = l.Centre, ["authority"] = l.Authority,
            ["signature"] = l.Signature, ["phone"] = l.Phone, ["email"] = l.ContactEmail, ["address"] = l.Address,
            ["website"] = l.Website,
        };
        context.PushGlobal(globals);
        return Run(template, context, "layout", 0).Trim();
    }

    private static string Run(Template template, TemplateContext context, string name, int firstLine)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var kind = NoticeRenderLimits.IsLimit(e) ? RenderFailure.LimitExceeded : RenderFailure.Error;
            throw new NoticeRenderException(name, NoticeTemplateFormat.At(firstLine, e.Span, e.OriginalMessage), kind);
        }
    }

    /// <summary>The engine's sandbox (<see cref="ScribanExpressions.Sandbox{T}"/>) with the render limits, escaping HTML where asked.</summary>
    internal static TemplateContext CreateSandbox(bool escapeHtml = false) => NoticeRenderLimits.Apply(
        escapeHtml ? ScribanExpressions.Sandbox(new HtmlEscapingContext()) : ScribanExpressions.Sandbox(new TemplateContext()));
}

public enum RenderFailure { Error, LimitExceeded, ModelTooLarge }

/// <summary>A template section failed while rendering; the message is for the admin who edits the template.</summary>
public sealed class NoticeRenderException(string section, TemplateProblem problem, RenderFailure kind = RenderFailure.Error)
    : Exception($"通知模板的 {section} 部分渲染失败 {problem}")
{
    public TemplateProblem Problem { get; } = problem;
    public RenderFailure Kind { get; } = kind;
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
