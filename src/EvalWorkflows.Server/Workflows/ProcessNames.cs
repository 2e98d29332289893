using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// The procedures by key with their Chinese process names (the latest deployed version's name), for filters
/// and lists that people read: "备案受理" rather than "filing-acceptance".
/// </summary>
public sealed class ProcessNames(AppDbContext db)
{
    private Dictionary<string, (string Name, int Versions)>? _byKey;

    public async Task<IReadOnlyDictionary<string, (string Name, int Versions)>> AllAsync(CancellationToken ct)
    {
        if (_byKey is not null) return _byKey;
        var rows = await db.Set<DefinitionRecord>().AsNoTracking()
            .Select(d => new { d.Key, d.Name, d.Version }).ToListAsync(ct);
        _byKey = rows.GroupBy(r => r.Key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g =>
            (g.OrderByDescending(r => r.Version).First().Name ?? g.Key, g.Max(r => r.Version)));
        return _byKey;
    }

    public async Task<string> NameOfAsync(string key, CancellationToken ct) =>
        (await AllAsync(ct)).TryGetValue(key, out var p) ? p.Name : key;
}
