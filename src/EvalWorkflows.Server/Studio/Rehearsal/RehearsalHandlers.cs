using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>The journal rows a sandbox's handlers write in place of their side effects.</summary>
public static class RehearsalEvents
{
    /// <summary>A notice rendered from the real template, kept in the sandbox instead of queued for mail.</summary>
    public const string Notice = "rehearsal-notice";
    /// <summary>A domain handler's stand-in ran: what the real one would have written, and the variables it set.</summary>
    public const string StandIn = "rehearsal-stand-in";
}

/// <summary>
/// The sandbox's <c>notice</c> task: the same template (read from the real database, where saved versions
/// live), recipients and letterhead as <see cref="NoticeTaskHandler"/>, rendered by the same renderer, but the
/// result goes into the sandbox's journal — never into the outbox, so no mail can leave.
/// </summary>
internal sealed class RehearsalNoticeHandler(IServiceScopeFactory hostScopes, NoticeTemplates templates, NoticeRenderer renderer,
    IOptions<NoticeLetterheads> letterheads) : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var name = context.Properties.GetValueOrDefault("template")?.Trim();
        if (string.IsNullOrEmpty(name))
            throw new NoticeException($"发送通知的任务 {context.ElementId} 没有指定模板（template）。");
        TemplateSource? source;
        await using (var scope = hostScopes.CreateAsyncScope())
            source = await templates.FindAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), name, cancellationToken);
        if (source is null) throw new NoticeException($"任务 {context.ElementId} 使用的通知模板“{name}”不存在。");
        var template = templates.Parse(source.Text);
        var to = NoticeRecipients.Resolve(context, "to", required: true);
        var cc = NoticeRecipients.Resolve(context, "cc", required: false);
        var basis = context.Properties.GetValueOrDefault("basis") is { Length: > 0 } b ? b.Trim() : template.Basis;
        RenderedNotice content;
        try
        {
            content = renderer.Render(template, context.Variables,
                new NoticeFrame(basis, letterheads.Value.For(context.Variables), ChineseDates.BeijingDate(context.Now)));
        }
        catch (NoticeRenderException e)
        {
            throw new NoticeException($"任务 {context.ElementId} 的通知模板“{name}”：{e.Message}", e);
        }
        context.AddHistory(RehearsalEvents.Notice, new { template = name, to, cc, subject = content.Subject, text = content.Text, basis });
    }
}

/// <summary>
/// Stands in for a domain handler (assigning an institution code, changing a filing's status…): sets the
/// variables the diagram goes on to read, as <see cref="RehearsalStandIns"/> knows them, and journals what the
/// real handler would have written. No domain record is read or written.
/// </summary>
internal sealed class RehearsalStandInHandler(string type, IOptions<Filings.FilingOptions> filing) : ITaskHandler
{
    public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var before = new Dictionary<string, object?>(context.Variables);
        var would = RehearsalStandIns.Apply(type, context, filing.Value);
        var set = context.Variables.Where(v => !before.TryGetValue(v.Key, out var old) || !Equals(old, v.Value))
            .ToDictionary(v => v.Key, v => Engine.Expressions.ScriptValues.ToPlain(v.Value));
        context.AddHistory(RehearsalEvents.StandIn, new { type, label = TaskHandlerLabels.Of(type), would, set });
        return Task.CompletedTask;
    }
}
