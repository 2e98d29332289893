using System.Net;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Api;

/// <summary>
/// 100,000 instances and 100,000 notices, written straight into the SQLite file: the lists answer every page
/// (no "too many SQL variables" at ~32,600 rows, no 42 MB answer) with a bounded body.
/// </summary>
public sealed class LargeListPagingTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Rows = 100_000;
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    [SqliteTheory]
    [InlineData("/api/instances?definition=bulk-load")]
    [InlineData("/api/instances?definition=bulk-load&status=running")]
    [InlineData("/api/notices?template=bulk-load")]
    public async Task A_list_of_a_hundred_thousand_rows_answers_its_first_middle_and_last_page(string list)
    {
        await SeedAsync();
        var auditor = await app.LoginAsAsync("auditor");
        foreach (var page in new[] { 1, 500, 1000 })
        {
            var response = await auditor.GetAsync($"{list}&pageSize=100&page={page}");
            var text = await response.Content.ReadAsStringAsync();
            var body = await response.ReadAsync(HttpStatusCode.OK);
            Assert.Equal(Rows, body.GetProperty("total").GetInt32());
            Assert.Equal(100, body.GetProperty("items").GetArrayLength());
            Assert.InRange(text.Length, 1, 200_000);
        }
        var past = await (await auditor.GetAsync($"{list}&pageSize=100&page=1001")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
    }

    [SqliteFact]
    public async Task Without_paging_parameters_a_list_answers_fifty_items()
    {
        await SeedAsync();
        var auditor = await app.LoginAsAsync("auditor");
        var body = await (await auditor.GetAsync("/api/notices?template=bulk-load")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(50, body.GetProperty("items").GetArrayLength());
        Assert.Equal(50, body.GetProperty("pageSize").GetInt32());
    }

    private async Task SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (_seeded) return;
            string connectionString;
            await using (var scope = app.Services.CreateAsyncScope())
                connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var tx = connection.BeginTransaction();
            var start = TestApp.Start.UtcTicks;
            var definitionId = Guid.NewGuid().ToString().ToUpperInvariant();
            await InsertAsync(connection, tx, "wf_definitions", 1, _ => new()
            {
                ["Id"] = definitionId, ["Key"] = "bulk-load", ["Name"] = "批量数据", ["Version"] = 1, ["DeployedAt"] = start,
                ["Hash"] = "bulk-load", ["Xml"] = "<definitions/>",
            });
            await InsertAsync(connection, tx, "wf_instances", Rows, i => new()
            {
                ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["DefinitionId"] = definitionId, ["DefinitionKey"] = "bulk-load",
                ["Version"] = 1, ["BusinessKey"] = $"bulk-{i}", ["Status"] = "Running", ["VariablesJson"] = "{}",
                ["StartedAt"] = start + i * TimeSpan.TicksPerSecond, ["Revision"] = 1,
            });
            await InsertAsync(connection, tx, "notices", Rows, i => new()
            {
                ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["Template"] = "bulk-load", ["To"] = $"bulk{i}@example.cn",
                ["Subject"] = $"通知 {i}", ["HtmlBody"] = $"<p>第 {i} 号通知</p>", ["TextBody"] = $"第 {i} 号通知",
                ["MessageId"] = $"bulk-{i}@evalworkflows", ["QueuedAt"] = start + i * TimeSpan.TicksPerSecond, ["Status"] = "Sent",
                ["Attempts"] = 1, ["NextAttemptAt"] = start, ["SentAt"] = start + i * TimeSpan.TicksPerSecond, ["Revision"] = 1,
            });
            await tx.CommitAsync();
            _seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    /// <summary>One prepared insert run <paramref name="count"/> times; NOT NULL columns the row does not name get 0 or "".</summary>
    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction tx, string table, int count,
        Func<int, Dictionary<string, object>> row)
    {
        var columns = new List<(string Name, string Type, bool NotNull)>();
        await using (var info = connection.CreateCommand())
        {
            info.Transaction = tx;
            info.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1));
        }
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c.Name}\""))}) " +
                             $"VALUES ({string.Join(",", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => insert.Parameters.AddWithValue($"$p{i}", DBNull.Value)).ToList();
        for (var n = 0; n < count; n++)
        {
            var values = row(n);
            for (var c = 0; c < columns.Count; c++)
                parameters[c].Value = values.TryGetValue(columns[c].Name, out var v) ? v
                    : columns[c].NotNull ? (columns[c].Type.Contains("INT") ? 0 : "") : DBNull.Value;
            await insert.ExecuteNonQueryAsync();
        }
    }
}
