using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.ComponentModel;

namespace EvalWorkflows.Server.Notices;

/// <summary>A notice as auditors see it: what was sent, to whom, on which basis, and how delivery went.</summary>
/// <param name="Id">The notice's id.</param>
/// <param name="Template">The name of the template it was rendered from, e.g. filing-correction.</param>
/// <param name="To">The mail address it is sent to.</param>
/// <param name="Cc">Addresses copied, comma-separated, if any.</param>
/// <param name="Subject">The mail's subject, in Chinese.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="Basis">The legal basis key the notice cites, e.g. "000 §三.2".</param>
/// <param name="InstanceId">The id of the workflow instance that sent it, if any.</param>
/// <param name="BusinessKey">The business record it concerns, usually a filing's or plan's id.</param>
/// <param name="ElementId">The id of the BPMN element that sent it, if any.</param>
/// <param name="InstitutionId">The id of the institution it is addressed to, if any.</param>
/// <param name="MessageId">The mail's Message-ID header.</param>
/// <param name="QueuedAt">When it was queued, an instant with offset.</param>
/// <param name="SentAt">When the mail server accepted it, an instant with offset; null until sent.</param>
/// <param name="Status">queued, sending, sent, retrying or failed.</param>
/// <param name="Attempts">How many delivery attempts were made.</param>
/// <param name="LastError">The last delivery error, if any.</param>
/// <param name="NextAttemptAt">When delivery is tried next, an instant with offset; null once sent or failed.</param>
public sealed record NoticeView(
    Guid Id, string Template, string To, string? Cc, string Subject, string Body, string Html, string? Basis,
    Guid? InstanceId, string? BusinessKey, string? ElementId, Guid? InstitutionId, string MessageId,
    DateTimeOffset QueuedAt, DateTimeOffset? SentAt, string Status, int Attempts, string? LastError,
    DateTimeOffset? NextAttemptAt)
{
    public static NoticeView Of(Notice n) => new(
        n.Id, n.Template, n.To, n.Cc, n.Subject, n.TextBody, n.HtmlBody, n.Basis, n.InstanceId, n.BusinessKey,
        n.ElementId, n.InstitutionId, n.MessageId, n.QueuedAt, n.SentAt, StatusName(n.Status), n.Attempts, n.LastError,
        n.Status is NoticeStatus.Sent or NoticeStatus.Failed ? null : n.NextAttemptAt);

    public static string StatusName(NoticeStatus s) => s.ToString().ToLowerInvariant();
}

public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notices").WithTags("Notices").WithRequestValidation()
            .RequireAuthorization(p => p.RequireRole("admin", "auditor"));
        group.MapGet("/", ListAsync).WithSummary("List notices in the order they were queued (paged)");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One notice with its text and delivery state");
        group.MapPost("/{id:guid}/retry", RetryAsync).WithSummary("Queue a failed notice for delivery again").RequireAuthorization(p => p.RequireRole("admin"));
        app.MapTemplateEndpoints();
        return app;
    }

    /// <summary>Notices in the order they were queued, one page at a time.</summary>
    private static async Task<Results<Ok<Paged<NoticeView>>, ProblemHttpResult>> ListAsync(AppDbContext db,
        [AsParameters] PageQuery page,
        [Description("Only notices to this institution.")] string? institutionId,
        [Description("Only notices written from this template.")] string? template,
        [Description("Only notices sent by this workflow instance.")] string? instanceId,
        [Description("Only notices in this delivery state: queued, sending, sent, retrying or failed.")] string? status, CancellationToken ct)
    {
        var query = db.Set<Notice>().AsNoTracking();
        if (!string.IsNullOrEmpty(institutionId))
        {
            if (!Guid.TryParse(institutionId, out var id)) return InvalidId("institutionId");
            query = query.Where(n => n.InstitutionId == id);
        }
        if (!string.IsNullOrEmpty(instanceId))
        {
            if (!Guid.TryParse(instanceId, out var id)) return InvalidId("instanceId");
            query = query.Where(n => n.InstanceId == id);
        }
        if (!string.IsNullOrEmpty(template)) query = query.Where(n => n.Template == template);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<NoticeStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                return NoticeProblems.InvalidField("NOTICE_STATUS_INVALID", "status",
                    "状态只能是 queued、sending、sent、retrying 或 failed。");
            query = query.Where(n => n.Status == s);
        }
        var notices = await query.OrderBy(n => n.QueuedAt).ThenBy(n => n.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(notices.Select(NoticeView.Of));
    }

    private static async Task<Results<Ok<NoticeView>, ProblemHttpResult>> GetAsync(
        [Description("The notice's id.")] Guid id, AppDbContext db, CancellationToken ct) =>
        await db.Set<Notice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) is { } n
            ? TypedResults.Ok(NoticeView.Of(n))
            : NotFound(id);

    /// <summary>Puts a notice the server refused for good back in the queue, e.g. after its address was fixed.</summary>
    private static async Task<Results<Ok<NoticeView>, ProblemHttpResult>> RetryAsync([Description("The notice's id.")] Guid id, AppDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        if (await db.Set<Notice>().FirstOrDefaultAsync(n => n.Id == id, ct) is not { } notice) return NotFound(id);
        if (notice.Status != NoticeStatus.Failed)
            return NoticeProblems.Problem(StatusCodes.Status409Conflict, "NOTICE_NOT_FAILED", "通知未失败",
                $"通知当前状态为 {NoticeView.StatusName(notice.Status)}，只有发送失败的通知可以重新发送。", "status");
        notice.Requeue(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(NoticeView.Of(notice));
    }

    private static ProblemHttpResult InvalidId(string field) =>
        NoticeProblems.InvalidField("ID_INVALID", field, $"{field} 不是有效的标识（GUID）。");

    private static ProblemHttpResult NotFound(Guid id) => NoticeProblems.Problem(
        StatusCodes.Status404NotFound, "NOTICE_NOT_FOUND", "通知不存在", $"通知 {id} 不存在。", "id");
}
