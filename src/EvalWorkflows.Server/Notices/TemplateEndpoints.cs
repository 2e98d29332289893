using System.Security.Claims;
using System.Text.Json;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Notices;

public sealed record TemplateSummary(string Name, string? Title, string? Basis, string Origin, string? SavedBy, DateTimeOffset? SavedAt);
public sealed record TemplateView(string Name, string? Title, string? Basis, string Origin, string? SavedBy, DateTimeOffset? SavedAt, string Text);
public sealed record TemplateText(string? Text);
public sealed record PreviewRequest(string? Text, JsonElement? Model);
public sealed record PreviewResult(string Subject, string Html, string Text, string? Basis);

/// <summary>Admins read, edit and preview notice templates; a saved text overrides the shipped file.</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Notice templates")
            .RequireAuthorization(p => p.RequireRole("admin"));
        group.MapGet("/", ListAsync);
        group.MapGet("/{name}", GetAsync);
        group.MapPut("/{name}", SaveAsync);
        group.MapPost("/{name}/preview", PreviewSavedAsync);
        group.MapPost("/preview", PreviewText);
    }

    private static async Task<Ok<List<TemplateSummary>>> ListAsync(NoticeTemplates templates, AppDbContext db, CancellationToken ct)
    {
        var all = await templates.ListAsync(db, ct);
        return TypedResults.Ok(all.Select(s =>
        {
            var t = templates.Parse(s.Text);
            return new TemplateSummary(s.Name, t.Title, t.Basis, Origin(s), s.SavedBy, s.SavedAt);
        }).ToList());
    }

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        string name, NoticeTemplates templates, AppDbContext db, CancellationToken ct) =>
        await templates.FindAsync(db, name, ct) is { } source
            ? TypedResults.Ok(View(source, templates.Parse(source.Text)))
            : NoticeProblems.TemplateNotFound(name);

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> SaveAsync(string name, TemplateText body,
        ClaimsPrincipal user, NoticeTemplates templates, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!NoticeTemplates.IsValidName(name))
            return NoticeProblems.InvalidField("TEMPLATE_NAME_INVALID", "name",
                "模板名只能由小写字母、数字和连字符组成（不超过 64 个字符）。");
        if (string.IsNullOrWhiteSpace(body.Text))
            return NoticeProblems.InvalidField("TEMPLATE_TEXT_REQUIRED", "text", "模板内容不能为空。");
        var parse = NoticeTemplateFormat.Parse(body.Text);
        if (parse.Template is null) return NoticeProblems.TemplateInvalid(parse.Problems);

        var version = NoticeTemplates.AddVersion(db, name, body.Text, user.Identity?.Name ?? "unknown", time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var source = new TemplateSource(name, version.Text, TemplateOrigin.Database, version.SavedBy, version.SavedAt);
        return TypedResults.Ok(View(source, parse.Template));
    }

    private static async Task<Results<Ok<PreviewResult>, ProblemHttpResult>> PreviewSavedAsync(string name,
        PreviewRequest body, NoticeTemplates templates, NoticeRenderer renderer, AppDbContext db, CancellationToken ct)
    {
        if (await templates.FindAsync(db, name, ct) is not { } source) return NoticeProblems.TemplateNotFound(name);
        return Preview(templates.Parse(source.Text), body.Model, renderer);
    }

    private static Results<Ok<PreviewResult>, ProblemHttpResult> PreviewText(PreviewRequest body, NoticeRenderer renderer)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
            return NoticeProblems.InvalidField("TEMPLATE_TEXT_REQUIRED", "text", "模板内容不能为空。");
        var parse = NoticeTemplateFormat.Parse(body.Text);
        return parse.Template is null ? NoticeProblems.TemplateInvalid(parse.Problems) : Preview(parse.Template, body.Model, renderer);
    }

    private static Results<Ok<PreviewResult>, ProblemHttpResult> Preview(NoticeTemplate template, JsonElement? model,
        NoticeRenderer renderer)
    {
        if (model is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
            return NoticeProblems.InvalidField("MODEL_INVALID", "model", "预览数据（model）必须是 JSON 对象。");
        var variables = model is { ValueKind: JsonValueKind.Object } m ? ScriptValues.ParseJson(m.GetRawText()) : [];
        try
        {
            var content = renderer.Render(template, variables, template.Basis);
            return TypedResults.Ok(new PreviewResult(content.Subject, content.Html, content.Text, template.Basis));
        }
        catch (NoticeRenderException e)
        {
            return NoticeProblems.RenderFailed(e);
        }
    }

    private static TemplateView View(TemplateSource s, NoticeTemplate t) =>
        new(s.Name, t.Title, t.Basis, Origin(s), s.SavedBy, s.SavedAt, s.Text);

    private static string Origin(TemplateSource s) => s.Origin == TemplateOrigin.Database ? "database" : "file";
}
