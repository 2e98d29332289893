using EvalWorkflows.Server.Auth;

namespace EvalWorkflows.Server.Studio;

/// <summary>Words the studio's pages show for values recorded in English.</summary>
public static class StudioText
{
    /// <summary>Who deployed a version: a user's name, or the start-up deployment of the workflows/ folder.</summary>
    public static string Deployer(string? deployedBy) =>
        deployedBy is null or Actors.System ? "系统（启动时部署）" : deployedBy;
}
