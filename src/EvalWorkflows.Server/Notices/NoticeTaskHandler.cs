using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// The send task <c>ew:type="notice"</c>: renders the template named by <c>template</c> over the instance
/// variables and queues it, in the step's transaction, for <c>to</c> (and <c>cc</c>), citing <c>basis</c> or
/// else the template's own. It comes from the letterhead of the instance's <c>authority</c> (see
/// <see cref="NoticeLetterheads"/>). A notice that cannot be queued throws, so the engine retries, then raises an incident.
/// </summary>
public sealed class NoticeTaskHandler(NoticeTemplates templates, NoticeRenderer renderer, NoticeOutbox outbox,
    IOptions<NoticeLetterheads> letterheads, IOptions<MailOptions> mail) : ITaskHandler
{
    public const string TypeName = "notice";
    /// <summary>The history row a queued notice leaves on its instance (a host event; the engine knows no notices).</summary>
    public const string QueuedEvent = "notice-queued";

    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var (name, to, cc, basis, content, letterhead) = await ComposeAsync(context, context.Db, templates, renderer, letterheads.Value, cancellationToken);
        var notice = outbox.Queue(context.Db, new NoticeDraft
        {
            Template = name,
            To = to,
            Cc = cc,
            Content = content,
            Basis = basis,
            From = letterhead.From is { Length: > 0 } from ? from : mail.Value.Smtp.From,
            ReplyTo = letterhead.ReplyTo,
            InstanceId = context.InstanceId,
            BusinessKey = context.BusinessKey,
            ElementId = context.ElementId,
            InstitutionId = InstitutionOf(context.Variables),
        }, context.Now);
        context.AddHistory(QueuedEvent, new
        {
            noticeId = notice.Id,
            template = name,
            to = notice.To,
            cc = notice.Cc,
            subject = notice.Subject,
            basis,
        });
    }

    /// <summary>
    /// The notice a notice task stands for: its template (read through <paramref name="templateDb"/>), recipients,
    /// basis, letterhead and rendered text. The rehearsal sandbox composes notices the same way and keeps them.
    /// </summary>
    public static async Task<ComposedNotice> ComposeAsync(TaskHandlerContext context, DbContext templateDb, NoticeTemplates templates,
        NoticeRenderer renderer, NoticeLetterheads letterheads, CancellationToken cancellationToken)
    {
        var name = context.Properties.GetValueOrDefault("template")?.Trim();
        if (string.IsNullOrEmpty(name))
            throw new NoticeException($"发送通知的任务 {context.ElementId} 没有指定模板（template）。");
        var source = await templates.FindAsync(templateDb, name, cancellationToken)
            ?? throw new NoticeException($"任务 {context.ElementId} 使用的通知模板“{name}”不存在。");
        var template = templates.Parse(source.Text);
        var to = NoticeRecipients.Resolve(context, "to", required: true);
        var cc = NoticeRecipients.Resolve(context, "cc", required: false);
        var basis = context.Properties.GetValueOrDefault("basis") is { Length: > 0 } b ? b.Trim() : template.Basis;
        var letterhead = letterheads.For(context.Variables);
        try
        {
            var content = renderer.Render(template, context.Variables,
                new NoticeFrame(basis, letterhead, ChineseDates.BeijingDate(context.Now)));
            return new ComposedNotice(name, to, cc, basis, content, letterhead);
        }
        catch (NoticeRenderException e)
        {
            throw new NoticeException($"任务 {context.ElementId} 的通知模板“{name}”：{e.Message}", e);
        }
    }

    private static Guid? InstitutionOf(IDictionary<string, object?> variables) =>
        variables.TryGetValue("institutionId", out var value) ? value switch
        {
            Guid g => g,
            string s when Guid.TryParse(s, out var g) => g,
            _ => null,
        } : null;
}

/// <summary>A notice as a notice task composes it, before it is queued.</summary>
public sealed record ComposedNotice(string Template, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string? Basis,
    RenderedNotice Content, NoticeLetterhead Letterhead);
