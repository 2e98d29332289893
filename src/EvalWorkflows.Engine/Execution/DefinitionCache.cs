using System.Collections.Concurrent;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Engine.Execution;

/// <summary>One deployed version as a step needs it: its identity and its parsed graph, without the XML.</summary>
public sealed record DeployedVersion(Guid Id, string Key, int Version, ProcessGraph Graph);

/// <summary>
/// Parsed graphs by definition id; a deployed version never changes, so entries never go stale. A step asks by
/// id and reads the row (with its XML) only the first time this process meets that version.
/// </summary>
public sealed class DefinitionCache(IOptions<EngineLimits> limits)
{
    private readonly ConcurrentDictionary<Guid, ProcessGraph> _graphs = new();
    private readonly ConcurrentDictionary<Guid, DeployedVersion> _versions = new();

    public ProcessGraph Get(DefinitionRecord record) => _graphs.GetOrAdd(record.Id, _ =>
    {
        var (graph, problems) = BpmnParser.Parse(record.Xml, limits.Value);
        if (graph is null || problems.Count > 0)
            throw new InvalidOperationException($"Deployed definition {record.Key} v{record.Version} no longer parses.");
        return graph;
    });

    /// <summary>The deployed version <paramref name="id"/>, read from <paramref name="db"/> only when not yet cached.</summary>
    public async Task<DeployedVersion> GetAsync(DbContext db, Guid id, CancellationToken ct)
    {
        if (_versions.TryGetValue(id, out var known)) return known;
        var record = await db.Set<DefinitionRecord>().AsNoTracking().FirstAsync(d => d.Id == id, ct);
        return _versions.GetOrAdd(id, new DeployedVersion(record.Id, record.Key, record.Version, Get(record)));
    }
}
