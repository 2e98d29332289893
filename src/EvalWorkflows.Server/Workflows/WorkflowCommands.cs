using EvalWorkflows.Engine;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// How an endpoint hands a user's action to a workflow, the one way: the domain record the action is about is
/// written by the <c>alongside</c> callback on the command's own DbContext, so it commits with the workflow step
/// or not at all — never saved first and deleted after a failed start. The callback may call
/// <c>SaveChangesAsync</c>: that writes inside the command's transaction (nothing is committed before the step
/// is), and is needed only when a handler of the same step must query the row; adding it is enough otherwise.
/// </summary>
public static class WorkflowCommands
{
    /// <summary>
    /// Delivers <paramref name="message"/> to the workflow waiting for it under <paramref name="key"/>.
    /// False when none waits: the caller answers with its own refusal (usually a 409), and nothing — the
    /// alongside writes included — was stored.
    /// </summary>
    public static async Task<bool> TryCorrelateAsync(this WorkflowEngine engine, string message, string key,
        IDictionary<string, object?>? variables, string? actor, CancellationToken ct, AlongsideWrites? alongside = null)
    {
        try
        {
            await engine.CorrelateMessageAsync(message, key, variables, actor, ct, alongside);
            return true;
        }
        catch (NoSubscriberException)
        {
            return false;
        }
    }
}
