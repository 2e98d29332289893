using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A step's own rows are written with the revisions it read: a row another writer changed or removed between the
/// step's read and its write fails the whole step, and nothing of it stays. On SQLite the write lock is taken when
/// the step begins, so the other writer here is a handler inside the step, writing after the step read its rows.
/// </summary>
public sealed class StepWriteTests
{
    /// <summary>While <see cref="Meddling"/> holds SQL, runs it inside the step, after the step read its rows.</summary>
    private sealed class Meddler : ITaskHandler
    {
        public static string? Meddling;

        public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
        {
            context.Variables["code"] = "SD-1";
            context.AddHistory("code-assigned", null);
            if (Meddling is { } sql) await context.Db.Database.ExecuteSqlRawAsync(sql, [context.InstanceId], cancellationToken);
        }
    }

    private static async Task<EngineHost> HostAsync(string? meddling)
    {
        Meddler.Meddling = meddling;
        var host = await new EngineHostBuilder().Pooled().With(s => s.AddTaskHandler<Meddler>("assign-code")).BuildAsync();
        await host.DeployAsync("service-task.bpmn");
        return host;
    }

    [Theory]
    [InlineData("UPDATE wf_instances SET Revision = Revision + 1 WHERE Id = {0}")]
    [InlineData("DELETE FROM wf_jobs WHERE InstanceId = {0}")]
    public async Task A_row_changed_or_removed_between_a_steps_read_and_its_write_rolls_the_whole_step_back(string meddling)
    {
        await using var host = await HostAsync(meddling);

        var id = await host.StartAsync("service-task", "0001");

        // The service task's step lost its race: not a failure of the job (no attempt counted), and none of it kept.
        Assert.Equal(["assignCode"], await host.ActiveElementsAsync(id));
        var job = Assert.Single(await host.JobsAsync(id));
        Assert.Equal(0, job.Attempts);
        Assert.Equal(1, (await host.InstanceAsync(id)).Revision);
        Assert.DoesNotContain(await host.HistoryAsync(id), h => h.Event == "code-assigned");
        Assert.False((await host.VariablesAsync(id)).ContainsKey("code"));
        Assert.Empty(await host.OpenTasksAsync(id));

        Meddler.Meddling = null;
        Assert.True(await host.Engine.ExecuteJobAsync(job.Id));
        Assert.Equal(["check"], await host.ActiveElementsAsync(id));
        Assert.Single(await host.HistoryAsync(id), h => h.Event == "code-assigned");
    }

    [Fact]
    public async Task Steps_on_pooled_contexts_write_every_row_in_parallel_and_one_after_another()
    {
        await using var host = await HostAsync(meddling: null);

        // Each context keeps its connection and its prepared commands; SQLite hands the connections out again.
        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => host.StartAsync("service-task", $"P-{i}"))));
        foreach (var id in ids) await host.CompleteAsync(id, "check");

        foreach (var id in ids)
        {
            var instance = await host.InstanceAsync(id);
            Assert.Equal(InstanceStatus.Completed, instance.Status);
            Assert.Equal("SD-1", (await host.VariablesAsync(id))["code"]);
            Assert.Empty(await host.JobsAsync(id));
            Assert.Single(await host.HistoryAsync(id), h => h.Event == "code-assigned");
        }
    }
}
