using EvalWorkflows.Engine.Definitions;

namespace EvalWorkflows.Server.Sources;

/// <summary>
/// Refuses at deploy an element whose <c>ew:basis</c> cites a key the legal-source registry lacks: every basis a
/// workflow records must render as a citation people can look up.
/// </summary>
internal sealed class SourceDefinitionRule(LegalSourceRegistry registry) : IDefinitionRule
{
    public Task<IEnumerable<DefinitionProblem>> CheckAsync(ProcessGraph graph, CancellationToken cancellationToken)
    {
        var problems = graph.Nodes.Values
            .SelectMany(n => registry.UnknownKeys(n.Property("basis")).Select(key => new DefinitionProblem(n.Id, n.XmlName,
                $"法律依据“{key}”不在法律依据库中：请先在法律依据库（/api/sources）中登记该条款，或改正依据键。")))
            .ToList();
        return Task.FromResult<IEnumerable<DefinitionProblem>>(problems);
    }
}
