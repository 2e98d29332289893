using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Text.Json;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Changes;
using EvalWorkflows.Server.Studio.Templates;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Notices;

/// <summary>A notice template in a list.</summary>
/// <param name="Name">The template's name, e.g. filing-correction.</param>
/// <param name="Title">The template's title from its front matter, in Chinese.</param>
/// <param name="Basis">The legal basis key from its front matter, e.g. "000 §三.2".</param>
/// <param name="Origin">file (the shipped text) or database (an admin's saved text).</param>
/// <param name="SavedBy">The user name who saved the current text; null for the shipped file.</param>
/// <param name="SavedAt">When the current text was saved, an instant with offset; null for the shipped file.</param>
public sealed record TemplateSummary(string Name, string? Title, string? Basis, string Origin, string? SavedBy, DateTimeOffset? SavedAt);
/// <summary>A notice template with its text.</summary>
/// <param name="Name">The template's name, e.g. filing-correction.</param>
/// <param name="Title">The template's title from its front matter, in Chinese.</param>
/// <param name="Basis">The legal basis key from its front matter, e.g. "000 §三.2".</param>
/// <param name="Origin">file (the shipped text) or database (an admin's saved text).</param>
/// <param name="SavedBy">The user name who saved the current text; null for the shipped file.</param>
/// <param name="SavedAt">When the current text was saved, an instant with offset; null for the shipped file.</param>
/// <param name="Text">The Scriban text: front matter (title, basis) and body.</param>
public sealed record TemplateView(string Name, string? Title, string? Basis, string Origin, string? SavedBy, DateTimeOffset? SavedAt, string Text);
/// <summary>A template's new text.</summary>
/// <param name="Text">The Scriban text: front matter (title, basis) and body.</param>
/// <param name="Reason">Why the text changes, kept with the version in the studio's change record (required, up to 500 characters).</param>
public sealed record TemplateText([property: MaxLength(TemplateText.MaxLength)] string? Text, string? Reason = null) : IValidatedRequest
{
    /// <summary>The longest shipped template is a few kilobytes; a hundred thousand characters is a whole booklet.</summary>
    public const int MaxLength = 100_000;
}

/// <summary>A template text to render against a sample model, without saving it.</summary>
/// <param name="Text">The Scriban text to render.</param>
/// <param name="Model">The variables to render with, as a JSON object.</param>
public sealed record PreviewRequest([property: MaxLength(TemplateText.MaxLength)] string? Text, JsonElement? Model) : IValidatedRequest;
/// <summary>A rendered template, exactly as it would be sent.</summary>
/// <param name="Subject">The rendered subject.</param>
/// <param name="Html">The rendered HTML body in the shared layout.</param>
/// <param name="Text">The rendered plain-text body.</param>
/// <param name="Basis">The legal basis key from the front matter, if any.</param>
public sealed record PreviewResult(string Subject, string Html, string Text, string? Basis);

/// <summary>
/// Admins read, edit and preview notice templates; a saved text overrides the shipped file. A template whose
/// basis cites a key the legal-source registry lacks is refused. A preview renders exactly what would be sent —
/// body in the shared layout of the model's <c>authority</c> — within <see cref="NoticeRenderLimits"/>.
/// </summary>
internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Notice templates").WithRequestValidation()
            .RequireAuthorization(p => p.RequireRole("admin"));
        group.MapGet("/", ListAsync).WithSummary("List notice templates by name (paged)");
        group.MapGet("/{name}", GetAsync).WithSummary("One notice template with its text");
        group.MapPut("/{name}", SaveAsync).WithSummary("Save a new text for a notice template");
        group.MapPost("/{name}/preview", PreviewSavedAsync).WithSummary("Render a saved template against a sample model");
        group.MapGet("/{name}/versions", VersionsAsync).WithSummary("The saved versions of a notice template with who, when and why, newest first (paged)");
        group.MapPost("/preview", PreviewText).WithSummary("Render a template text against a sample model without saving it");
    }

    /// <summary>Notice templates by name, shipped and saved alike, one page at a time (the folder holds a few dozen).</summary>
    private static async Task<Ok<Paged<TemplateSummary>>> ListAsync(NoticeTemplates templates, AppDbContext db,
        [AsParameters] PageQuery page, CancellationToken ct)
    {
        var all = await templates.ListAsync(db, ct);
        return TypedResults.Ok(all.OrderBy(s => s.Name, StringComparer.Ordinal).ToPage(page).Select(s =>
        {
            var t = templates.Parse(s.Text);
            return new TemplateSummary(s.Name, t.Title, t.Basis, Origin(s), s.SavedBy, s.SavedAt);
        }));
    }

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        [Description("The template's name, e.g. filing-correction.")] string name, NoticeTemplates templates, AppDbContext db, CancellationToken ct) =>
        await templates.FindAsync(db, name, ct) is { } source
            ? TypedResults.Ok(View(source, templates.Parse(source.Text)))
            : NoticeProblems.TemplateNotFound(name);

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> SaveAsync(
        [Description("The template's name, e.g. filing-correction.")] string name, TemplateText body,
        ClaimsPrincipal user, NoticeTemplates templates, TemplateVersions versions, AppDbContext db, CancellationToken ct)
    {
        if (versions.Refusal(name, body.Text, body.Reason) is { } refusal) return refusal;
        var (version, _) = await versions.SaveAsync(db, name, body.Text!, user.Identity?.Name, body.Reason, StudioChangeActions.Save, ct);
        var source = new TemplateSource(name, version.Text, TemplateOrigin.Database, version.SavedBy, version.SavedAt);
        return TypedResults.Ok(View(source, templates.Parse(source.Text)));
    }

    private static async Task<Results<Ok<Paged<TemplateVersionInfo>>, ProblemHttpResult>> VersionsAsync(
        [Description("The template's name, e.g. filing-correction.")] string name, [AsParameters] PageQuery page,
        NoticeTemplates templates, AppDbContext db, CancellationToken ct) =>
        await templates.FindAsync(db, name, ct) is null
            ? NoticeProblems.TemplateNotFound(name)
            : TypedResults.Ok(await TemplateVersions.ListAsync(db, name, page, ct));

    private static async Task<Results<Ok<PreviewResult>, ProblemHttpResult>> PreviewSavedAsync(
        [Description("The template's name, e.g. filing-correction.")] string name,
        PreviewRequest body, NoticeTemplates templates, [AsParameters] Previewer previewer, AppDbContext db, CancellationToken ct)
    {
        if (await templates.FindAsync(db, name, ct) is not { } source) return NoticeProblems.TemplateNotFound(name);
        return previewer.Preview(templates.Parse(source.Text), body.Model);
    }

    private static Results<Ok<PreviewResult>, ProblemHttpResult> PreviewText(PreviewRequest body, [AsParameters] Previewer previewer)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
            return NoticeProblems.InvalidField("TEMPLATE_TEXT_REQUIRED", "text", "模板内容不能为空。");
        var parse = NoticeTemplateFormat.Parse(body.Text);
        return parse.Template is null ? NoticeProblems.TemplateInvalid(parse.Problems) : previewer.Preview(parse.Template, body.Model);
    }

    /// <summary>What a preview needs, bound as one parameter.</summary>
    internal sealed record Previewer(NoticeRenderer Renderer, IOptions<NoticeLetterheads> Letterheads, TimeProvider Time)
    {
        public Results<Ok<PreviewResult>, ProblemHttpResult> Preview(NoticeTemplate template, JsonElement? model)
        {
            if (model is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
                return NoticeProblems.InvalidField("MODEL_INVALID", "model", "预览数据（model）必须是 JSON 对象。");
            try
            {
                var variables = Variables(model);
                var frame = new NoticeFrame(template.Basis, Letterheads.Value.For(variables), WorkingDayCalendar.Today(Time));
                var content = Renderer.Render(template, variables, frame);
                return TypedResults.Ok(new PreviewResult(content.Subject, content.Html, content.Text, template.Basis));
            }
            catch (NoticeRenderException e)
            {
                return NoticeProblems.RenderFailed(e);
            }
        }

        /// <summary>The model's size is checked on its raw JSON, before any copy of it is made.</summary>
        private static IDictionary<string, object?> Variables(JsonElement? model)
        {
            if (model is not { ValueKind: JsonValueKind.Object } m) return new Dictionary<string, object?>();
            NoticeRenderLimits.CheckModelSize(JsonMarshal.GetRawUtf8Value(m).Length);
            return ScriptValues.ParseJson(m.GetRawText());
        }
    }

    private static TemplateView View(TemplateSource s, NoticeTemplate t) =>
        new(s.Name, t.Title, t.Basis, Origin(s), s.SavedBy, s.SavedAt, s.Text);

    private static string Origin(TemplateSource s) => s.Origin == TemplateOrigin.Database ? "database" : "file";
}
