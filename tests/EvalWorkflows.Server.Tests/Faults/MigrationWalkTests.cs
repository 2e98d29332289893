using System.Data.Common;
using System.Globalization;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// Every migration, one at a time, from the provider's first to today's, over a database that already holds a
/// waiting instance written at the first: its definition, token, open task, timer, message wait, history and a
/// queued notice, in the columns the first schema had. After each step those columns read back exactly as they
/// were written; at the end today's model loads each row. SchemaUpgradeTests covers a release's fixture as a real
/// server runs it; this covers each step between, in seconds.
/// </summary>
public sealed class MigrationWalkTests : IDisposable
{
    private static readonly Guid DefinitionId = Guid.Parse("0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a00"),
        InstanceId = Guid.Parse("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"), TokenId = Guid.Parse("2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e"),
        UserTaskId = Guid.Parse("3c4d5e6f-7a8b-4c0d-9e2f-3a4b5c6d7e8f"), TimerId = Guid.Parse("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f90"),
        SubscriptionId = Guid.Parse("5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9012"), NoticeId = Guid.Parse("6f7a8b9c-0d1e-4f3a-8b5c-6d7e8f901234");

    private static readonly long Monday = DrillNode.Monday.UtcTicks, Tuesday = DrillOutcome.Tuesday.UtcTicks;

    /// <summary>Table → the columns the first schema had that the seed fills (the fingerprint read after each step).</summary>
    private static readonly (string Table, string Columns)[] Seeded =
    [
        ("wf_definitions", "\"Id\", \"Key\", \"Version\", \"Name\", \"Xml\", \"Hash\", \"DeployedAt\", \"DeployedBy\""),
        ("wf_instances", "\"Id\", \"DefinitionId\", \"DefinitionKey\", \"Version\", \"BusinessKey\", \"Status\", \"VariablesJson\", \"StartedAt\", \"StartedBy\", \"Revision\""),
        ("wf_tokens", "\"Id\", \"InstanceId\", \"ElementId\", \"State\", \"CreatedAt\""),
        ("wf_user_tasks", "\"Id\", \"InstanceId\", \"TokenId\", \"ElementId\", \"Name\", \"DefinitionKey\", \"BusinessKey\", \"CandidateRole\", \"Outcomes\", \"Basis\", \"DueAt\", \"CreatedAt\", \"Status\", \"Revision\""),
        ("wf_jobs", "\"Id\", \"Kind\", \"InstanceId\", \"TokenId\", \"ElementId\", \"DueAt\", \"RepeatsLeft\", \"Attempts\", \"Suspended\", \"CreatedAt\", \"Revision\""),
        ("wf_subscriptions", "\"Id\", \"InstanceId\", \"TokenId\", \"ElementId\", \"MessageName\", \"CorrelationKey\", \"CreatedAt\""),
        ("wf_history", "\"InstanceId\", \"At\", \"Event\", \"ElementId\", \"ElementType\", \"Actor\", \"DataJson\""),
        ("notices", "\"Id\", \"Template\", \"To\", \"Subject\", \"HtmlBody\", \"TextBody\", \"Basis\", \"InstanceId\", \"BusinessKey\", \"ElementId\", \"MessageId\", \"QueuedAt\", \"Status\", \"Attempts\", \"NextAttemptAt\", \"Revision\""),
    ];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ew-walk-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Rows_written_at_the_first_migration_survive_every_later_migration_step_by_step_and_load_in_todays_model()
    {
        await using var db = TestDatabase.Open(_database);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[0]);
        await SeedAsync(db);
        var written = await FingerprintAsync(db);
        Assert.All(Seeded, s => Assert.Single(written[s.Table]));

        foreach (var migration in migrations.Skip(1))
        {
            await migrator.MigrateAsync(migration);
            var now = await FingerprintAsync(db);
            Assert.All(Seeded, s => Assert.True(written[s.Table].SequenceEqual(now[s.Table]),
                $"After {migration}, {s.Table} reads [{string.Join(" | ", now[s.Table])}] instead of [{string.Join(" | ", written[s.Table])}]."));
        }

        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        await AssertTodaysModelLoadsAsync(db);
    }

    /// <summary>
    /// On SQLite the journal's ids come from the table's rowid, not AUTOINCREMENT (whose sqlite_sequence page every
    /// step's commit rewrote): the migration that rebuilds the table keeps its rows and ids, and a row journaled after
    /// it gets the next id. Fails if a later table rebuild brings AUTOINCREMENT back.
    /// </summary>
    [SqliteFact]
    public async Task On_sqlite_the_journal_takes_its_ids_from_the_rowid_and_they_go_on_ascending_after_the_upgrade()
    {
        await using var db = TestDatabase.Open(_database);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().First());
        await SeedAsync(db);
        var seeded = await db.Database.SqlQueryRaw<long>("SELECT \"Id\" AS \"Value\" FROM \"wf_history\"").SingleAsync();
        Assert.Contains("AUTOINCREMENT", await TableSqlAsync(db, "wf_history"));

        await migrator.MigrateAsync();

        Assert.DoesNotContain("AUTOINCREMENT", await TableSqlAsync(db, "wf_history"));
        Assert.Equal(seeded, await db.Database.SqlQueryRaw<long>("SELECT \"Id\" AS \"Value\" FROM \"wf_history\"").SingleAsync());
        db.Add(new HistoryRecord { InstanceId = InstanceId, At = DrillOutcome.Tuesday, Event = "task-completed" });
        await db.SaveChangesAsync();
        Assert.Equal([seeded, seeded + 1], await db.Set<HistoryRecord>().OrderBy(h => h.Id).Select(h => h.Id).ToListAsync());
    }

    private static Task<string> TableSqlAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}", table).SingleAsync();

    /// <summary>A fault drill waiting on its answer, as the first schema stored it, written with plain SQL.</summary>
    private static async Task SeedAsync(DbContext db)
    {
        async Task Insert(string table, string columns, params object[] values)
        {
            // Table and column names are this test's constants; every value goes in as a parameter.
            var sql = $"INSERT INTO \"{table}\" ({columns}) VALUES ({string.Join(", ", values.Select((_, i) => $"{{{i}}}"))})";
            await db.Database.ExecuteSqlRawAsync(sql, values);
        }
        string Columns(string table) => Seeded.Single(s => s.Table == table).Columns;

        await Insert("wf_definitions", Columns("wf_definitions"), DefinitionId, "fault-drill", 1, "故障演练", "<definitions/>", "hash-1", Monday, "admin");
        await Insert("wf_instances", Columns("wf_instances"), InstanceId, DefinitionId, "fault-drill", 1, "w001", "Running",
            "{\"matter\":\"故障演练 w001\"}", Monday, "admin", 3L);
        await Insert("wf_tokens", Columns("wf_tokens"), TokenId, InstanceId, "answer", "Waiting", Monday);
        await Insert("wf_user_tasks", Columns("wf_user_tasks"), UserTaskId, InstanceId, TokenId, "answer", "答复", "fault-drill", "w001", "clerk",
            "", "002 §四(一)", Tuesday, Monday, "Open", 1L);
        await Insert("wf_jobs", Columns("wf_jobs"), TimerId, "Timer", InstanceId, TokenId, "remind", Tuesday, 0, 0, false, Monday, 1L);
        await Insert("wf_subscriptions", Columns("wf_subscriptions"), SubscriptionId, InstanceId, TokenId, "paid", "fee-paid", "w001", Monday);
        await Insert("wf_history", Columns("wf_history"), InstanceId, Monday, "instance-started", "start", "startEvent", "admin", "{}");
        await Insert("notices", Columns("notices"), NoticeId, "received", "w001.received@example.cn", "收到通知", "<p>已收到</p>", "已收到",
            "002 §四(一)", InstanceId, "w001", "received", "<w001.received@example.cn>", Monday, "Queued", 0, Monday, 1L);
    }

    /// <summary>Each seeded table's rows, the seeded columns only, as invariant text, in a stable order.</summary>
    private static async Task<Dictionary<string, List<string>>> FingerprintAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var rows = new Dictionary<string, List<string>>();
        foreach (var (table, columns) in Seeded)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {columns} FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            rows[table] = [];
            while (await reader.ReadAsync()) rows[table].Add(Row(reader));
        }
        return rows;
    }

    private static string Row(DbDataReader reader) =>
        string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));

    private static async Task AssertTodaysModelLoadsAsync(DbContext db)
    {
        db.ChangeTracker.Clear();
        var instance = await db.Set<InstanceRecord>().SingleAsync();
        Assert.Equal((InstanceId, InstanceStatus.Running, "w001", DrillNode.Monday), (instance.Id, instance.Status, instance.BusinessKey, instance.StartedAt));
        var task = await db.Set<UserTaskRecord>().SingleAsync();
        Assert.Equal((UserTaskId, TaskStatus.Open, "clerk", (DateTimeOffset?)DrillOutcome.Tuesday), (task.Id, task.Status, task.CandidateRole, task.DueAt));
        var timer = await db.Set<JobRecord>().SingleAsync();
        Assert.Equal((TimerId, JobKind.Timer, DrillOutcome.Tuesday, false), (timer.Id, timer.Kind, timer.DueAt, timer.Suspended));
        var wait = await db.Set<SubscriptionRecord>().SingleAsync();
        Assert.Equal((SubscriptionId, SubscriptionKind.Message, "fee-paid", "w001"), (wait.Id, wait.Kind, wait.MessageName, wait.CorrelationKey));
        var token = await db.Set<TokenRecord>().SingleAsync();
        Assert.Equal((TokenId, TokenState.Waiting), (token.Id, token.State));
        Assert.Equal("instance-started", (await db.Set<HistoryRecord>().SingleAsync()).Event);
        var notice = await db.Set<Notice>().SingleAsync();
        Assert.Equal((NoticeId, NoticeStatus.Queued, "w001.received@example.cn"), (notice.Id, notice.Status, notice.To));
    }

    public void Dispose() => TestDatabase.Delete(_database);
}
