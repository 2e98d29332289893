using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// The unit of work of one command: one DbContext and transaction, one instant, one actor, and every instance
/// the command touches (a call activity's child and parent advance together).
/// </summary>
internal sealed class Step
{
    private readonly Dictionary<Guid, InstanceRun> _runs = [];

    public required DbContext Db { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required string? Actor { get; init; }
    public required ScribanExpressions Expressions { get; init; }
    public required DefinitionCache Definitions { get; init; }
    public required IServiceProvider Services { get; init; }
    public required CancellationToken Cancellation { get; init; }
    public List<JobRecord> NewJobs { get; } = [];
    public IEnumerable<InstanceRun> Runs => _runs.Values;

    public async Task<InstanceRun> LoadRunAsync(Guid instanceId)
    {
        if (_runs.TryGetValue(instanceId, out var run)) return run;
        var instance = await Db.Set<InstanceRecord>().FirstOrDefaultAsync(i => i.Id == instanceId, Cancellation)
            ?? throw new NotFoundException("INSTANCE_NOT_FOUND", $"流程实例 {instanceId} 不存在。");
        var def = await Db.Set<DefinitionRecord>().FirstAsync(d => d.Id == instance.DefinitionId, Cancellation);
        run = await InstanceRun.LoadAsync(this, instance, Definitions.Get(def));
        _runs[instanceId] = run;
        return run;
    }

    public async Task<DefinitionRecord> LatestDefinitionAsync(string key) =>
        await Db.Set<DefinitionRecord>().Where(d => d.Key == key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(Cancellation)
        ?? throw new NotFoundException("DEFINITION_NOT_FOUND", $"未找到流程定义“{key}”。");

    /// <summary>Creates an instance and sends its first token from the given start event.</summary>
    public async Task<InstanceRun> StartAsync(DefinitionRecord def, FlowNode start, string? businessKey,
        IDictionary<string, object?>? variables, Guid? parentInstanceId = null, Guid? parentTokenId = null)
    {
        var instance = new InstanceRecord
        {
            Id = Guid.NewGuid(), DefinitionId = def.Id, DefinitionKey = def.Key, Version = def.Version,
            BusinessKey = businessKey, Status = InstanceStatus.Running, StartedAt = Now, StartedBy = Actor,
            ParentInstanceId = parentInstanceId, ParentTokenId = parentTokenId,
        };
        Db.Add(instance);
        var run = new InstanceRun
        {
            Step = this, Instance = instance, Graph = Definitions.Get(def), Variables = [],
            Tokens = [], Jobs = [], Subscriptions = [], OpenTasks = [],
        };
        _runs[instance.Id] = run;
        run.SetVariables(variables);
        run.History(HistoryEvents.InstanceStarted, start, new { businessKey, version = def.Version });
        run.Enqueue(start, null, null);
        await run.RunAsync();
        return run;
    }

    public void ResolveIncidentsOf(Guid jobId, string resolvedBy)
    {
        foreach (var incident in Db.Set<IncidentRecord>().Where(i => i.JobId == jobId && i.ResolvedAt == null).ToList())
        {
            incident.ResolvedAt = Now;
            incident.ResolvedBy = resolvedBy;
        }
    }

    /// <summary>Serializes every touched instance; called once, just before SaveChanges.</summary>
    public void Flush()
    {
        foreach (var run in _runs.Values) run.Flush();
    }
}
