using System.Net;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EvalWorkflows.Server.Tests.Data;

/// <summary>
/// On PostgreSQL a timer or notice another node is working on (its row locked in that node's open transaction)
/// is skipped, never waited on, and taken once that node lets go. The "other node" is a second connection that
/// holds the row lock, as a node does between reading and committing its claim.
/// </summary>
public sealed class PostgresClaimTests
{
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task A_notice_another_node_is_claiming_is_skipped_without_waiting_and_sent_once_after_it_lets_go()
    {
        await using var app = new NoticeApp();
        try
        {
            var notice = await app.RunSendTaskAsync(SendTask.FilingCorrection("claimed-elsewhere@example.cn"));
            await using (var otherNode = await LockAsync(app.Services, "notices", "Id", notice.Id))
            {
                Assert.Equal(new DeliveryRun(0, 0, 0), await WithinAsync(app.DeliverDueAsync()));
                Assert.Equal(NoticeStatus.Queued, (await app.FindAsync(notice.Id)).Status);
            }
            Assert.Equal(new DeliveryRun(1, 0, 0), await app.DeliverDueAsync());
            Assert.Equal(new DeliveryRun(0, 0, 0), await app.DeliverDueAsync());
            Assert.Equal(NoticeStatus.Sent, (await app.FindAsync(notice.Id)).Status);
        }
        finally
        {
            NoticeApp.DeleteDatabase(app.DatabaseFile);
        }
    }

    [PostgresFact]
    public async Task A_timer_another_node_is_firing_is_skipped_without_waiting_and_fires_once_after_it_lets_go()
    {
        using var app = new TestApp();
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("deadline.bpmn");
        var id = await admin.StartAsync("deadline");

        await using (var otherNode = await LockAsync(app.Services, "wf_jobs", "InstanceId", id))
        {
            var skipped = await WithinAsync(admin.AdvanceClockAsync(new { to = "2025-03-03T11:00:00+08:00" }));
            Assert.Equal(0, skipped.GetProperty("firedJobs").GetInt32());
            Assert.Equal("running", (await admin.GetInstanceAsync(id)).GetProperty("status").GetString());
        }
        var fired = await admin.AdvanceClockAsync(new { to = "2025-03-03T11:01:00+08:00" });
        Assert.Equal(1, fired.GetProperty("firedJobs").GetInt32());
        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Single(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("event").GetString() == "timer-fired");
    }

    /// <summary>An open transaction on its own connection holding the rows where <paramref name="column"/> = <paramref name="id"/>.</summary>
    private static async Task<HeldLock> LockAsync(IServiceProvider services, string table, string column, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString());
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM \"{table}\" WHERE \"{column}\" = @id FOR UPDATE", connection, tx);
        command.Parameters.AddWithValue("id", id);
        Assert.NotNull(await command.ExecuteScalarAsync());
        return new HeldLock(connection, tx);
    }

    /// <summary>Letting go: the other node's transaction ends without a change.</summary>
    private sealed record HeldLock(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.RollbackAsync();
            await Connection.DisposeAsync();
        }
    }

    /// <summary>The work's result; a claim that waited on the held lock would hang, which fails here instead.</summary>
    private static async Task<T> WithinAsync<T>(Task<T> work)
    {
        Assert.Same(work, await Task.WhenAny(work, Task.Delay(Hung)));
        return await work;
    }
}
