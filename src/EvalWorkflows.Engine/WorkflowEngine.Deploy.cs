using System.Security.Cryptography;
using System.Text;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine;

public sealed record DeployResult(string Key, int Version, bool Created, Guid DefinitionId);

/// <summary>The caller's writes about a new version (e.g. an audit record of who deployed it and why), made on
/// the deployment's DbContext so they commit, or roll back, with it. Not called when nothing new was deployed.</summary>
public delegate Task DeployedWrites(DbContext db, DeployResult deployed, CancellationToken cancellationToken);

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Parses and validates the XML and stores it as a new version of its key, unless the latest version is
    /// identical. Refuses with every problem listed. Start timers and message starts move to the new version.
    /// </summary>
    public async Task<DeployResult> DeployAsync(string xml, string? actor, CancellationToken ct = default,
        DeployedWrites? alongside = null)
    {
        var (graph, problems) = await CheckAsync(xml, ct);
        if (graph is null || problems.Count > 0) throw new DefinitionInvalidException(problems);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

        return await CommandAsync(actor, async step =>
        {
            var set = step.Db.Set<DefinitionRecord>();
            var latest = await set.Where(d => d.Key == graph.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
            if (latest?.Hash == hash) return new DeployResult(latest.Key, latest.Version, false, latest.Id);
            var record = new DefinitionRecord
            {
                Id = step.NewId(), Key = graph.Key, Version = (latest?.Version ?? 0) + 1, Name = graph.Name,
                Xml = xml, Hash = hash, DeployedAt = step.Now, DeployedBy = actor,
            };
            set.Add(record);
            await MoveStartTriggersAsync(step, graph, record);
            var deployed = new DeployResult(record.Key, record.Version, true, record.Id);
            if (alongside is not null) await alongside(step.Db, deployed, ct);
            return deployed;
        }, ct);
    }

    /// <summary>
    /// Every check a deployment makes, without deploying: the parsed graph (null when the XML does not parse)
    /// and every problem found. Lets a caller that deploys several documents refuse them all before storing any.
    /// </summary>
    public async Task<(ProcessGraph? Graph, IReadOnlyList<DefinitionProblem> Problems)> CheckAsync(string xml, CancellationToken ct = default)
    {
        var (graph, problems) = BpmnParser.Parse(xml, _limits);
        if (graph is null) return (null, problems);
        await using var scope = scopes.CreateAsyncScope();
        DefinitionValidator.Validate(graph,
            type => scope.ServiceProvider.GetKeyedService<Execution.ITaskHandler>(type) is not null, problems, _limits);
        if (problems.Count == 0) problems.AddRange(StartTimerProblems(graph));
        if (problems.Count == 0) problems.AddRange(await CallCycleProblemsAsync(graph, scope.ServiceProvider, ct));
        foreach (var rule in scope.ServiceProvider.GetServices<IDefinitionRule>())
            problems.AddRange(await rule.CheckAsync(graph, ct));
        return (graph, problems);
    }

    /// <summary>A start timer is armed at deploy, over no variables: one that cannot be armed is refused now.</summary>
    private IEnumerable<DefinitionProblem> StartTimerProblems(ProcessGraph graph)
    {
        var problems = new List<DefinitionProblem>();
        foreach (var start in graph.StartEvents(null).Where(s => s.Trigger == EventTrigger.Timer))
        {
            try { ScheduleStartTimer(start, clock.GetUtcNow()); }
            catch (WorkflowException e) { problems.Add(new(start.Id, start.XmlName, e.Message)); }
            catch (InvalidOperationException e) { problems.Add(new(start.Id, start.XmlName, $"定时器表达式求值失败：{e.Message}")); }
        }
        return problems;
    }

    private TimerSchedule ScheduleStartTimer(FlowNode start, DateTimeOffset now) =>
        TimerExpressions.Schedule(start.Timer!, now, e => expressions.Evaluate(e, new Dictionary<string, object?>()), _limits, _options.LocalOffset);

    /// <summary>
    /// A call activity that reaches its own process again, directly or through the latest versions of the
    /// processes it calls, would start children without end: refused, with the cycle spelt out.
    /// </summary>
    private async Task<IEnumerable<DefinitionProblem>> CallCycleProblemsAsync(ProcessGraph graph, IServiceProvider services, CancellationToken ct)
    {
        var db = (DbContext)services.GetRequiredService(contextType.Type);
        var graphs = new Dictionary<string, ProcessGraph?> { [graph.Key] = graph };
        async Task<IEnumerable<string>> CalledBy(string key)
        {
            if (!graphs.TryGetValue(key, out var g))
            {
                var def = await db.Set<DefinitionRecord>().Where(d => d.Key == key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
                graphs[key] = g = def is null ? null : definitions.Get(def);
            }
            return g is null ? [] : CalledKeys(g);
        }
        var problems = new List<DefinitionProblem>();
        foreach (var call in graph.Nodes.Values.Where(n => n.Kind == NodeKind.CallActivity && !string.IsNullOrWhiteSpace(n.CalledElement)))
            if (await PathAsync(call.CalledElement!, graph.Key, CalledBy) is { } path)
                problems.Add(new(call.Id, call.XmlName,
                    $"调用活动形成循环调用：{graph.Key} → {string.Join(" → ", path)}，流程会无限地启动自身。"));
        return problems;
    }

    private static IEnumerable<string> CalledKeys(ProcessGraph g) => g.Nodes.Values
        .Where(n => n.Kind == NodeKind.CallActivity && !string.IsNullOrWhiteSpace(n.CalledElement)).Select(n => n.CalledElement!).Distinct();

    /// <summary>The keys from <paramref name="from"/> to <paramref name="to"/> along calls (breadth first), or null.</summary>
    private static async Task<List<string>?> PathAsync(string from, string to, Func<string, Task<IEnumerable<string>>> calledBy)
    {
        var cameFrom = new Dictionary<string, string?> { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var key))
        {
            if (key == to)
            {
                var path = new List<string>();
                for (string? k = key; k is not null; k = cameFrom[k]) path.Insert(0, k);
                return path;
            }
            foreach (var next in await calledBy(key))
                if (cameFrom.TryAdd(next, key)) queue.Enqueue(next);
        }
        return null;
    }

    private async Task MoveStartTriggersAsync(Execution.Step step, ProcessGraph graph, DefinitionRecord record)
    {
        var oldIds = await step.Db.Set<DefinitionRecord>().Where(d => d.Key == graph.Key).Select(d => d.Id).ToListAsync(step.Cancellation);
        step.Db.RemoveRange(await step.Db.Set<JobRecord>()
            .Where(j => j.Kind == JobKind.StartTimer && j.DefinitionId != null && oldIds.Contains(j.DefinitionId.Value)).ToListAsync(step.Cancellation));
        step.Db.RemoveRange(await step.Db.Set<SubscriptionRecord>()
            .Where(s => s.DefinitionId != null && oldIds.Contains(s.DefinitionId.Value)).ToListAsync(step.Cancellation));

        foreach (var start in graph.StartEvents(null))
        {
            if (start.Trigger == EventTrigger.Timer)
            {
                var s = ScheduleStartTimer(start, step.Now);
                var job = new JobRecord
                {
                    Id = step.NewId(), Kind = JobKind.StartTimer, DefinitionId = record.Id, ElementId = start.Id,
                    DueAt = s.DueAt, Interval = s.Interval, RepeatsLeft = s.RepeatsLeft, CreatedAt = step.Now,
                };
                step.Db.Add(job);
                step.NewJobs.Add(job);
            }
            else if (start.Trigger is EventTrigger.Message or EventTrigger.Signal)
            {
                var signal = start.Trigger == EventTrigger.Signal;
                step.Db.Add(new SubscriptionRecord
                {
                    Id = step.NewId(), Kind = signal ? SubscriptionKind.Signal : SubscriptionKind.Message, DefinitionId = record.Id,
                    ElementId = start.Id, MessageName = signal ? start.EventCode! : start.MessageName!, CreatedAt = step.Now,
                });
            }
        }
    }
}
