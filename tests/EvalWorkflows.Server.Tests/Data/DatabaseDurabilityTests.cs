using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Data;

public sealed class DatabaseDurabilityTests(TestApp app) : IClassFixture<TestApp>
{
    [SqliteFact]
    public async Task The_database_file_runs_in_WAL_mode_with_full_synchronous_commits()
    {
        // Each open in turn: the setting is made once per pooled connection and must hold on every later open.
        for (var open = 0; open < 3; open++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();

            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().SingleAsync());
            Assert.Equal(2L, await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToAsyncEnumerable().SingleAsync());
        }
    }

    [Fact]
    public async Task The_migrations_cover_the_whole_model_and_are_all_applied()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}

