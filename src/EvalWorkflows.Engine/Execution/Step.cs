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
    public required EngineLimits Limits { get; init; }
    /// <summary>The host's offset for dates and times written without one.</summary>
    public required TimeSpan LocalOffset { get; init; }
    public List<JobRecord> NewJobs { get; } = [];

    /// <summary>An id for a row this step adds, in the order rows are made (<see cref="RowIds"/>).</summary>
    public Guid NewId() => RowIds.Next(Now);

    /// <summary>
    /// The journal rows this step writes, in order, inserted together after the tracked changes are saved
    /// (<see cref="StepWrites"/>). A row the host adds to the context itself is saved by EF Core, before these.
    /// </summary>
    public List<HistoryRecord> HistoryRows { get; } = [];

    /// <summary>
    /// Elements whose entry failed in an earlier try of this same command, with the error: a token arriving at one
    /// rests there with an incident instead of entering it (<see cref="InstanceRun.Park"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string>? ParkAt { get; init; }
    private int _stepsTaken;

    /// <summary>
    /// Counts one element entered. A command over its budget is a loop with no wait state: it stops here, with
    /// the element named, and everything it did is rolled back. Cancellation is honoured at the same point.
    /// </summary>
    public void CountStep(FlowNode node)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (++_stepsTaken > Limits.MaxStepsPerCommand)
            throw new LimitExceededException("STEP_BUDGET_EXCEEDED", node.Id,
                $"{node} 在一次操作中被反复执行，超过 {Limits.MaxStepsPerCommand} 步仍未到达等待状态（流程可能有无等待的循环），本次操作未生效。");
    }

    /// <summary>How many call activities stand above this instance (0 for a top-level instance).</summary>
    public async Task<int> CallDepthAsync(InstanceRecord instance)
    {
        var depth = 0;
        for (var parent = instance.ParentInstanceId; parent is { } id && depth <= Limits.MaxCallDepth; depth++)
            parent = _runs.TryGetValue(id, out var run) ? run.Instance.ParentInstanceId
                : await Db.Set<InstanceRecord>().Where(i => i.Id == id).Select(i => i.ParentInstanceId).FirstOrDefaultAsync(Cancellation);
        return depth;
    }
    public IEnumerable<InstanceRun> Runs => _runs.Values;

    public async Task<InstanceRun> LoadRunAsync(Guid instanceId)
    {
        if (_runs.TryGetValue(instanceId, out var run)) return run;
        var instance = await StepReads.InstanceAsync(Db, instanceId, Cancellation)
            ?? throw new NotFoundException("INSTANCE_NOT_FOUND", $"流程实例 {instanceId} 不存在。");
        return await LoadRunAsync(instance);
    }

    /// <summary>
    /// The run of the instance the user task <paramref name="taskId"/> belongs to, or null when there is no such
    /// task: its instance row comes in the same read as the task's key, and the task itself with the instance's
    /// open tasks (a task that is not among them is done, or was done meanwhile).
    /// </summary>
    public async Task<InstanceRun?> LoadRunOfTaskAsync(Guid taskId)
    {
        var instance = await StepReads.InstanceOfTaskAsync(Db, taskId, Cancellation);
        return instance is null ? null : await LoadRunAsync(instance);
    }

    /// <summary>
    /// On SQLite, the run of the instance the job <paramref name="jobId"/> belongs to, the job among its jobs: one
    /// read instead of the job's and then its instance's. Null where the job has no instance (a start timer) or is
    /// gone, and on other providers, whose claims lock the job's row first (<see cref="RowClaims"/>).
    /// </summary>
    public async Task<InstanceRun?> LoadRunOfJobAsync(Guid jobId) =>
        StepReads.InstanceOfJob(Db, jobId, Cancellation) is { } instance ? await LoadRunAsync(instance) : null;

    private async Task<InstanceRun> LoadRunAsync(InstanceRecord instance)
    {
        if (_runs.TryGetValue(instance.Id, out var run)) return run;
        var def = await DefinitionAsync(instance.DefinitionId);
        run = await InstanceRun.LoadAsync(this, instance, def.Graph);
        _runs[instance.Id] = run;
        return run;
    }

    /// <summary>Leaves a loaded run out of the step's writes: it is neither serialized nor given a new revision.</summary>
    public void Unload(InstanceRun run) => _runs.Remove(run.Instance.Id);

    /// <summary>A deployed version by id: its graph comes from the cache, its row is read once per process.</summary>
    public Task<DeployedVersion> DefinitionAsync(Guid id) => Definitions.GetAsync(Db, id, Cancellation);

    /// <summary>The latest version of <paramref name="key"/>: asked of the database every time (another node may
    /// have deployed one), but only its id, so the XML is read once per version.</summary>
    public async Task<DeployedVersion> LatestDefinitionAsync(string key)
    {
        var id = await StepReads.LatestDefinitionIdAsync(Db, key, Cancellation)
            ?? throw new NotFoundException("DEFINITION_NOT_FOUND", $"未找到流程定义“{key}”。");
        return await DefinitionAsync(id);
    }

    /// <summary>
    /// Starts the latest version of <paramref name="key"/> at its none start event: the one way a command, a
    /// call activity or a handler starts a process by key.
    /// </summary>
    public async Task<InstanceRun> StartLatestAsync(string key, string? businessKey, IDictionary<string, object?>? variables,
        Guid? parentInstanceId = null, Guid? parentTokenId = null)
    {
        var def = await LatestDefinitionAsync(key);
        var start = def.Graph.StartEvents(null).FirstOrDefault(s => s.Trigger == EventTrigger.None)
            ?? throw new WorkflowException("NO_START_EVENT", $"流程“{key}”没有无触发的开始事件，只能由消息或定时器启动。", "definitionKey");
        return await StartAsync(def, start, businessKey, variables, parentInstanceId, parentTokenId);
    }

    /// <summary>Creates an instance and sends its first token from the given start event.</summary>
    public async Task<InstanceRun> StartAsync(DeployedVersion def, FlowNode start, string? businessKey,
        IDictionary<string, object?>? variables, Guid? parentInstanceId = null, Guid? parentTokenId = null)
    {
        var instance = new InstanceRecord
        {
            Id = NewId(), DefinitionId = def.Id, DefinitionKey = def.Key, Version = def.Version,
            BusinessKey = businessKey, Status = InstanceStatus.Running, StartedAt = Now, StartedBy = Actor,
            ParentInstanceId = parentInstanceId, ParentTokenId = parentTokenId,
        };
        Db.Add(instance);
        var run = new InstanceRun
        {
            Step = this, Instance = instance, Graph = def.Graph, Variables = [],
            Tokens = [], Jobs = [], Subscriptions = [], OpenTasks = [],
        };
        _runs[instance.Id] = run;
        run.SetVariables(variables);
        run.History(HistoryEvents.InstanceStarted, start, new { businessKey, version = def.Version });
        EventSubProcesses.Arm(run, null, null);
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
