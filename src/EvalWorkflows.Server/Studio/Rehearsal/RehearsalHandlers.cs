using EvalWorkflows.Engine.Execution;
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
        await using var scope = hostScopes.CreateAsyncScope();
        var notice = await NoticeTaskHandler.ComposeAsync(context, scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            templates, renderer, letterheads.Value, cancellationToken);
        context.AddHistory(RehearsalEvents.Notice, new
        {
            template = notice.Template, to = notice.To, cc = notice.Cc, subject = notice.Content.Subject, text = notice.Content.Text, basis = notice.Basis,
        });
    }
}

/// <summary>
/// Stands in for a domain handler (assigning an institution code, changing a filing's status…): sets the
/// variables the diagram goes on to read, as <see cref="RehearsalStandIns"/> knows them, and journals what the
/// real handler would have written. No domain record is read or written.
/// </summary>
internal sealed class RehearsalStandInHandler(string type, RehearsalSettings settings) : ITaskHandler
{
    public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var before = new Dictionary<string, object?>(context.Variables);
        var would = RehearsalStandIns.Apply(type, context, settings);
        var set = context.Variables.Where(v => !before.TryGetValue(v.Key, out var old) || !Equals(old, v.Value))
            .ToDictionary(v => v.Key, v => Engine.Expressions.ScriptValues.ToPlain(v.Value));
        context.AddHistory(RehearsalEvents.StandIn, new { type, label = TaskHandlerLabels.Of(type), would, set });
        return Task.CompletedTask;
    }
}
