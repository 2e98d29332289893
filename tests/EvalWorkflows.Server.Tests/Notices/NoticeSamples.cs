using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Studio.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// Sample data for rendering any shipped template: every variable the templates use, with the shapes workflows
/// store them in (dates as YYYY-MM-DD text, lists of strings).
/// </summary>
public static class NoticeSamples
{
    public static readonly DateOnly IssuedOn = new(2025, 10, 9);

    /// <summary>The studio's sample data: its render of every shipped template is checked here.</summary>
    public static Dictionary<string, object?> Model() => TemplateSamples.Model();

    /// <summary>The basis a notice from this template cites: the template's own, or a deadline's for the generic reminder.</summary>
    public static string? BasisOf(NoticeTemplate template) => template.Basis ?? "002 §四(一)";

    public static RenderedNotice Render(IServiceProvider services, string name, IDictionary<string, object?>? model = null)
    {
        var templates = services.GetRequiredService<NoticeTemplates>();
        var template = templates.Parse(services.GetRequiredService<NoticeTemplateFiles>().Texts[name]);
        var letterhead = services.GetRequiredService<IOptions<NoticeLetterheads>>().Value.For(model ?? Model());
        return services.GetRequiredService<NoticeRenderer>()
            .Render(template, model ?? Model(), new NoticeFrame(BasisOf(template), letterhead, IssuedOn));
    }
}
