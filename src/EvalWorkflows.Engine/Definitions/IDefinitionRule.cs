namespace EvalWorkflows.Engine.Definitions;

/// <summary>
/// A host's own check of a definition at deploy, for what only the host can know (e.g. that a notice template
/// named by a send task exists). Its problems are listed with the engine's; any problem refuses the deploy.
/// Register implementations in DI; each is resolved in the deploy's scope.
/// </summary>
public interface IDefinitionRule
{
    Task<IEnumerable<DefinitionProblem>> CheckAsync(ProcessGraph graph, CancellationToken cancellationToken);
}
