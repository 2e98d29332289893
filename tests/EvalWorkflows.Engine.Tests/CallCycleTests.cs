using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A call activity cannot start its own process without end: cycles are refused at deploy, and a cycle stored
/// before the check (or raced in) stops at Engine:Limits:MaxCallDepth as a refusal or an incident.
/// </summary>
public sealed class CallCycleTests
{
    [Fact]
    public async Task A_call_activity_calling_its_own_process_is_refused_at_deploy_naming_it()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.DeployAsync("call-self.bpmn"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("again", "callActivity"), (problem.ElementId, problem.ElementType));
        Assert.Contains("call-self → call-self", problem.Message);
    }

    [Fact]
    public async Task A_cycle_through_another_deployed_process_is_refused_when_it_closes()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("call-ping.bpmn");

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.DeployAsync("call-pong.bpmn"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("callPing", "callActivity"), (problem.ElementId, problem.ElementType));
        Assert.Contains("call-pong → call-ping → call-pong", problem.Message);
    }

    /// <summary>Stores a definition as an older release would have, without the deploy-time checks.</summary>
    private static Task<DefinitionRecord> StoreUncheckedAsync(EngineHost host, string file) => host.QueryAsync(async db =>
    {
        var xml = File.ReadAllText(EngineHost.BpmnPath(file));
        var record = new DefinitionRecord
        {
            Id = Guid.NewGuid(), Key = Path.GetFileNameWithoutExtension(file), Version = 1, Xml = xml, Hash = file,
            DeployedAt = host.Clock.GetUtcNow(),
        };
        db.Add(record);
        await db.SaveChangesAsync();
        return record;
    });

    [Fact]
    public async Task Starting_a_stored_self_calling_process_stops_at_the_call_depth_and_stores_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await StoreUncheckedAsync(host, "call-self.bpmn");

        var e = await Assert.ThrowsAsync<LimitExceededException>(() => host.StartAsync("call-self"));

        Assert.Equal(("CALL_DEPTH_EXCEEDED", "again"), (e.Code, e.ElementId));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
    }

    [Fact]
    public async Task A_start_timer_in_front_of_a_stored_cycle_is_suspended_after_a_restart_instead_of_killing_the_process()
    {
        var first = await new EngineHostBuilder().BuildAsync();
        var def = await StoreUncheckedAsync(first, "call-self-hourly.bpmn");
        await first.QueryAsync(async db =>
        {
            db.Add(new JobRecord
            {
                Id = Guid.NewGuid(), Kind = JobKind.StartTimer, DefinitionId = def.Id, ElementId = "hourly",
                DueAt = first.Clock.GetUtcNow(), Interval = "PT1H", RepeatsLeft = -1, CreatedAt = first.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        await first.DisposeAsync();

        await using var restarted = await new EngineHostBuilder().RestartOf(first).BuildAsync();
        Assert.Equal(0, await restarted.AdvanceAsync(TimeSpan.FromHours(3)));

        var job = Assert.Single(await restarted.QueryAsync(db => Task.FromResult(db.Set<JobRecord>().ToList())));
        Assert.True(job.Suspended);
        Assert.True(job.LastError?.Contains("调用层级超过 10 层"), job.LastError);
        Assert.Equal(0, await restarted.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
        await restarted.DeployAsync("plain-approval.bpmn");
        Assert.NotEqual(Guid.Empty, await restarted.StartAsync("plain-approval"));
    }
}
