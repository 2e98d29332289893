namespace EvalWorkflows.Server.Auth;

/// <summary>Who history records as having acted when no person did.</summary>
public static class Actors
{
    /// <summary>
    /// A timer, a rule in a workflow step or start-up itself: every status change, deployment and correction
    /// made without a signed-in user is recorded under this name, never as NULL. It matches the name the engine
    /// gives its own timer and retry steps.
    /// </summary>
    public const string System = "system";
}
