using System.Security.Cryptography;
using System.Text;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine;

public sealed record DeployResult(string Key, int Version, bool Created, Guid DefinitionId);

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Parses and validates the XML and stores it as a new version of its key, unless the latest version is
    /// identical. Refuses with every problem listed. Start timers and message starts move to the new version.
    /// </summary>
    public async Task<DeployResult> DeployAsync(string xml, string? actor, CancellationToken ct = default)
    {
        var (graph, problems) = BpmnParser.Parse(xml);
        if (graph is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            DefinitionValidator.Validate(graph,
                type => scope.ServiceProvider.GetKeyedService<Execution.ITaskHandler>(type) is not null, problems);
            foreach (var rule in scope.ServiceProvider.GetServices<IDefinitionRule>())
                problems.AddRange(await rule.CheckAsync(graph, ct));
        }
        if (graph is null || problems.Count > 0) throw new DefinitionInvalidException(problems);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

        return await CommandAsync(actor, async step =>
        {
            var set = step.Db.Set<DefinitionRecord>();
            var latest = await set.Where(d => d.Key == graph.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
            if (latest?.Hash == hash) return new DeployResult(latest.Key, latest.Version, false, latest.Id);
            var record = new DefinitionRecord
            {
                Id = Guid.NewGuid(), Key = graph.Key, Version = (latest?.Version ?? 0) + 1, Name = graph.Name,
                Xml = xml, Hash = hash, DeployedAt = step.Now, DeployedBy = actor,
            };
            set.Add(record);
            await MoveStartTriggersAsync(step, graph, record);
            return new DeployResult(record.Key, record.Version, true, record.Id);
        }, ct);
    }

    private static async Task MoveStartTriggersAsync(Execution.Step step, ProcessGraph graph, DefinitionRecord record)
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
                var s = TimerExpressions.Schedule(start.Timer!, step.Now, e => step.Expressions.Evaluate(e, new Dictionary<string, object?>()));
                var job = new JobRecord
                {
                    Id = Guid.NewGuid(), Kind = JobKind.StartTimer, DefinitionId = record.Id, ElementId = start.Id,
                    DueAt = s.DueAt, Interval = s.Interval, RepeatsLeft = s.RepeatsLeft, CreatedAt = step.Now,
                };
                step.Db.Add(job);
                step.NewJobs.Add(job);
            }
            else if (start.Trigger == EventTrigger.Message)
            {
                step.Db.Add(new SubscriptionRecord
                {
                    Id = Guid.NewGuid(), DefinitionId = record.Id, ElementId = start.Id,
                    MessageName = start.MessageName!, CreatedAt = step.Now,
                });
            }
        }
    }
}
