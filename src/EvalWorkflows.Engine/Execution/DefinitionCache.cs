using System.Collections.Concurrent;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Engine.Execution;

/// <summary>Parsed graphs by definition id; a deployed version never changes, so entries never go stale.</summary>
public sealed class DefinitionCache(IOptions<EngineLimits> limits)
{
    private readonly ConcurrentDictionary<Guid, ProcessGraph> _graphs = new();

    public ProcessGraph Get(DefinitionRecord record) => _graphs.GetOrAdd(record.Id, _ =>
    {
        var (graph, problems) = BpmnParser.Parse(record.Xml, limits.Value);
        if (graph is null || problems.Count > 0)
            throw new InvalidOperationException($"Deployed definition {record.Key} v{record.Version} no longer parses.");
        return graph;
    });
}
