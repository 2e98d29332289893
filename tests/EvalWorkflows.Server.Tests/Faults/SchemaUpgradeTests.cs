using System.Net;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// Databases kept from earlier releases (Faults/Fixtures/schema-MIGRATION.db for SQLite, a file; schema-MIGRATION.sql
/// for PostgreSQL, a plain pg_dump restored with psql; one of each per release, named after the release's last
/// migration of that provider) upgrade in place when today's server starts on them, and the fault drills waiting in
/// them — on their answer task, their reminders and their deadline — run on to the end an undisturbed run reaches.
/// A fixture is written by <see cref="A_schema_fixture_of_this_release_is_written_when_asked"/>, once per provider
/// (README, "Schema changes").
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SchemaUpgradeTests(ITestOutputHelper output) : FaultTest
{
    public const string WriteVariable = "EVALWORKFLOWS_WRITE_SCHEMA_FIXTURE";
    private const int Instances = 10;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Faults", "Fixtures");

    public static TheoryData<string> SqliteFixtures() => Fixtures("*.db");

    public static TheoryData<string> PostgresFixtures() => Fixtures("*.sql");

    private static TheoryData<string> Fixtures(string pattern) =>
        [.. Directory.GetFiles(Folder, "schema-" + pattern).Select(f => Path.GetFileName(f)).Order()];

    [SqliteTheory]
    [MemberData(nameof(SqliteFixtures))]
    public async Task A_database_of_an_earlier_release_upgrades_in_place_and_its_waiting_instances_run_on(string fixture)
    {
        File.Copy(Path.Combine(Folder, fixture), Database);
        await UpgradeAndRunOnAsync(fixture);
    }

    [PostgresTheory]
    [MemberData(nameof(PostgresFixtures))]
    public async Task A_postgresql_database_of_an_earlier_release_restored_from_its_dump_upgrades_in_place_and_its_waiting_instances_run_on(string fixture)
    {
        await PostgresDump.RestoreAsync(TestDatabase.Settings(Database)["ConnectionStrings:Default"]!, Path.Combine(Folder, fixture));
        await UpgradeAndRunOnAsync(fixture);
    }

    private async Task UpgradeAndRunOnAsync(string fixture)
    {
        var node = await StartNodeAsync(); // the clock where the fixture stopped
        await using (var db = TestDatabase.Open(Database))
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var listed = await (await node.Admin.GetAsync($"/api/instances?definition=fault-drill&status=running&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var ids = listed.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("businessKey").GetString()!, i => i.GetProperty("id").GetGuid());
        Assert.Equal(Instances, ids.Count);

        await node.AdvanceToAsync(DrillOutcome.Tuesday);
        var answered = ids.Keys.Order().Where((_, i) => i % 2 == 0).ToHashSet();
        foreach (var key in answered) await (await node.CompleteAsync((await node.OpenTaskIdAsync(ids[key]))!.Value)).ReadAsync(HttpStatusCode.OK);
        await node.AdvanceToAsync(DrillNode.Monday.AddDays(4));
        await node.WaitUntilSentAsync(DrillOutcome.ExpectedNotices(Instances, answered.Count), TimeSpan.FromSeconds(60));

        foreach (var (key, id) in ids) DrillOutcome.AssertInstance(await node.Admin.GetInstanceAsync(id), answered.Contains(key));
        // The receipts went out before the fixture was saved; everything after arrives here.
        Assert.Equal(DrillOutcome.ExpectedNotices(Instances, answered.Count) - Instances, Smtp.MessageCount());
        output.WriteLine($"{fixture}: {ids.Count} instances ran on, {Smtp.MessageCount()} notices delivered");
    }

    /// <summary>
    /// Writes this release's fixture into the folder named by EVALWORKFLOWS_WRITE_SCHEMA_FIXTURE: fault drills started
    /// on Monday 09:00, their receipts delivered, each waiting on its answer, reminder and deadline. On SQLite the
    /// database file; with EVALWORKFLOWS_TEST_POSTGRES a plain pg_dump of the PostgreSQL database.
    /// </summary>
    [FixtureWriterFact]
    public async Task A_schema_fixture_of_this_release_is_written_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable(WriteVariable)!;
        var node = await StartNodeAsync();
        await node.Admin.DeployAsync("fault-drill.bpmn");
        for (var i = 1; i <= Instances; i++) await node.StartDrillAsync($"u{i:D3}");
        await node.WaitUntilSentAsync(Instances, TimeSpan.FromSeconds(60));
        await node.KillAsync();
        string migration;
        await using (var db = TestDatabase.Open(Database))
            migration = (await db.Database.GetAppliedMigrationsAsync()).Last();
        var target = Path.Combine(folder, $"schema-{migration}.{(TestDatabase.IsPostgres ? "sql" : "db")}");
        File.Delete(target);
        if (TestDatabase.IsPostgres) await PostgresDump.DumpAsync(TestDatabase.Settings(Database)["ConnectionStrings:Default"]!, target);
        else await VacuumIntoAsync(target);
        output.WriteLine($"Wrote {target} ({new FileInfo(target).Length} bytes)");
    }

    private async Task VacuumIntoAsync(string target)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target"; // one compact file, whatever was still in the WAL included
        vacuum.Parameters.AddWithValue("$target", target);
        await vacuum.ExecuteNonQueryAsync();
    }
}

/// <summary>Runs only when a release's schema fixture is to be written.</summary>
public sealed class FixtureWriterFactAttribute : FactAttribute
{
    public FixtureWriterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SchemaUpgradeTests.WriteVariable)))
            Skip = $"Writes a schema fixture: set {SchemaUpgradeTests.WriteVariable} to the Faults/Fixtures folder.";
    }
}
