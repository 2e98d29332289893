using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// On SQLite a pooled context keeps its connection open from one step to the next (<see cref="StepConnections"/>):
/// the statements a step prepares stay prepared. The connection is still the one EF Core made for the context, with
/// its SQL functions, and it is closed with the engine's container.
/// </summary>
public sealed class StepConnectionTests
{
    private static async Task<DbConnection> LeasedConnectionAsync(EngineHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.GetDbConnection();
    }

    [Fact]
    public async Task A_pooled_context_keeps_its_connection_open_between_steps_and_the_container_closes_it()
    {
        var host = await new EngineHostBuilder().Pooled().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        await host.StartAsync("plain-approval", "B-1");

        // Commands run one after another here, so they lease the same pooled context each time.
        var kept = await LeasedConnectionAsync(host);
        Assert.Equal(ConnectionState.Open, kept.State);
        Assert.Equal(1, host.Services.GetRequiredService<StepConnections>().Count);
        var closings = 0;
        kept.StateChange += (_, change) => { if (change.CurrentState == ConnectionState.Closed) closings++; };

        for (var i = 2; i <= 5; i++) await host.StartAsync("plain-approval", $"B-{i}");
        foreach (var task in await host.QueryAsync(db => db.Set<UserTaskRecord>().ToListAsync()))
            await host.Engine.CompleteTaskAsync(task.Id, null, new Dictionary<string, object?> { ["approved"] = true }, "tester");

        Assert.Same(kept, await LeasedConnectionAsync(host));
        Assert.Equal(0, closings);
        Assert.Equal(ConnectionState.Open, kept.State);
        // Still EF Core's own connection: its SQL functions (here REGEXP) answer queries on it.
        Assert.Equal(5, await host.QueryAsync(db => db.Set<InstanceRecord>().CountAsync(i => Regex.IsMatch(i.BusinessKey!, "^B-[0-9]$"))));
        Assert.All(await host.QueryAsync(db => db.Set<InstanceRecord>().ToListAsync()), i => Assert.Equal(InstanceStatus.Completed, i.Status));

        await host.DisposeAsync();
        Assert.Equal(ConnectionState.Closed, kept.State);
        Assert.Equal(1, closings);
    }

    [Fact]
    public async Task A_context_that_is_not_pooled_closes_its_connection_after_each_step_as_before()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        await host.StartAsync("plain-approval", "B-1");
        await host.StartAsync("plain-approval", "B-2");

        Assert.Equal(0, host.Services.GetRequiredService<StepConnections>().Count);
        Assert.Equal(ConnectionState.Closed, (await LeasedConnectionAsync(host)).State);
        Assert.Equal(2, (await host.QueryAsync(db => db.Set<UserTaskRecord>().ToListAsync())).Count);
    }

    [Fact]
    public async Task Commands_at_once_each_run_on_a_connection_of_their_own_context_and_all_land()
    {
        await using var host = await new EngineHostBuilder().Pooled().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => host.StartAsync("plain-approval", $"C-{i}"))));

        // One kept connection per context the pool made for them: never more than the commands at once.
        Assert.InRange(host.Services.GetRequiredService<StepConnections>().Count, 1, 40);
        Assert.Equal(40, (await host.QueryAsync(db => db.Set<UserTaskRecord>().ToListAsync())).Count);
    }
}
