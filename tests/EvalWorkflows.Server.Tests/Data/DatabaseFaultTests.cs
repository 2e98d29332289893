using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EvalWorkflows.Server.Tests.Data;

/// <summary>
/// Real faults on the running server's SQLite file — made read-only, deleted, replaced — and what clients and
/// /health see: writes refused with a 503 problem while the file cannot take them, nothing acknowledged that
/// was not kept, and recovery without a restart once the file is writable again.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [SqliteFact]
    public async Task While_the_database_file_is_read_only_writes_get_503_and_health_is_unhealthy_and_afterwards_all_writes_succeed_without_a_restart()
    {
        var admin = await _app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        await admin.StartAsync("approval");
        Assert.Equal("Healthy", await HealthAsync());

        using (FileFault.ReadOnly(_app.DatabaseFile))
        {
            // Under load the pool opens connections during the fault; emptying it makes every connection such a one.
            SqliteConnection.ClearAllPools();
            var refused = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "approval" });
            var problem = await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE");
            Assert.Contains("数据库暂时无法写入", problem.GetProperty("detail").GetString());
            Assert.Equal("Unhealthy", await HealthAsync());
            await (await admin.GetAsync("/api/instances?definition=approval")).ReadAsync(HttpStatusCode.OK);
        }

        for (var i = 0; i < 10; i++) await admin.StartAsync("approval", businessKey: $"after-fault-{i}");
        Assert.Equal("Healthy", await HealthAsync());
    }

    [SqliteFact]
    public async Task A_database_file_deleted_under_the_server_refuses_writes_and_a_restart_creates_no_empty_database_unless_told_to()
    {
        var admin = await _app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        await admin.StartAsync("approval");

        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_app.DatabaseFile + suffix);

        var refused = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "approval" });
        await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE");
        Assert.Equal("Unhealthy", await HealthAsync());
        Assert.False(File.Exists(_app.DatabaseFile));

        var connection = $"Data Source={_app.DatabaseFile}";
        using (var restarted = new TestApp().With("ConnectionStrings:Default", connection))
        {
            var error = Assert.ThrowsAny<Exception>(() => restarted.Services);
            Assert.Contains("--init", error.GetBaseException().Message);
        }
        Assert.False(File.Exists(_app.DatabaseFile));

        using var initialised = new TestApp().With("ConnectionStrings:Default", connection).With("Database:Init", "true");
        var fresh = await initialised.LoginAsAsync("admin");
        await fresh.DeployAsync("approval.bpmn");
        await fresh.StartAsync("approval");
    }

    [SqliteFact]
    public async Task A_database_file_replaced_under_the_server_is_noticed_and_no_write_goes_into_either_file()
    {
        var admin = await _app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        await admin.StartAsync("approval");
        var other = Path.Combine(Path.GetTempPath(), $"ew-other-{Guid.NewGuid():N}.db");
        await using (var stranger = new SqliteConnection($"Data Source={other}"))
        {
            await stranger.OpenAsync();
            await using var create = stranger.CreateCommand();
            create.CommandText = $"CREATE TABLE database_identity (Id TEXT PRIMARY KEY); INSERT INTO database_identity VALUES ('{Guid.NewGuid()}');";
            await create.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={other}"));

        File.Move(other, _app.DatabaseFile, overwrite: true);

        var refused = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "approval" });
        await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE");
        SqliteConnection.ClearAllPools();
        var again = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "approval" });
        await again.ReadProblemAsync(HttpStatusCode.ServiceUnavailable, "DATABASE_UNAVAILABLE");
        Assert.Equal("Unhealthy", await HealthAsync());
    }

    [SqliteFact]
    public async Task A_write_that_waits_past_its_timeout_for_another_writer_gets_503_busy_and_succeeds_when_sent_again()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ew-busy-{Guid.NewGuid():N}.db");
        try
        {
            // A one-second wait for the write lock instead of thirty, so the test does not sit out the default.
            using var app = new TestApp().With("ConnectionStrings:Default", $"Data Source={file};Default Timeout=1").With("Database:Init", "true");
            var admin = await app.LoginAsAsync("admin");
            await admin.DeployAsync("approval.bpmn");
            await using (var other = new SqliteConnection($"Data Source={file};Pooling=false"))
            {
                await other.OpenAsync();
                await using var hold = other.CreateCommand();
                hold.CommandText = "BEGIN IMMEDIATE;"; // another writer holds the file's one write lock
                await hold.ExecuteNonQueryAsync();

                var refused = await admin.PostAsJsonAsync("/api/instances", new { definitionKey = "approval", businessKey = "busy" });
                var problem = await refused.ReadProblemAsync(HttpStatusCode.ServiceUnavailable, "DATABASE_BUSY");
                Assert.Contains("本次操作未生效", problem.GetProperty("detail").GetString());
                Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
            }

            await admin.StartAsync("approval", businessKey: "busy");
            var listed = await (await admin.GetAsync("/api/instances?definition=approval")).ReadAsync(HttpStatusCode.OK);
            Assert.Single(listed.GetProperty("items").EnumerateArray()); // the refused start left nothing behind
        }
        finally
        {
            TestDatabase.Delete(file);
        }
    }

    private async Task<string> HealthAsync() => await (await _app.Anonymous().GetAsync("/health")).Content.ReadAsStringAsync();
}
