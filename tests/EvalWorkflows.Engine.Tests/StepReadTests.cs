using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// On SQLite a step reads its instance's rows through commands of its own (<see cref="StepReads"/>) instead of EF
/// Core's queries: the objects must be the ones EF Core would give, every column alike, and tracked the same way.
/// </summary>
public sealed class StepReadTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rows_read_by_a_step_carry_every_column_as_EF_Core_reads_them()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        var (instance, task, job) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await host.QueryAsync(async db =>
        {
            db.AddRange(
                new InstanceRecord
                {
                    Id = instance, DefinitionId = Guid.NewGuid(), DefinitionKey = "filing", Version = 3, BusinessKey = "B-1",
                    Status = InstanceStatus.Running, VariablesJson = """{"a":"备案"}""", StartedAt = At, EndedAt = null,
                    StartedBy = "clerk", ParentInstanceId = Guid.NewGuid(), ParentTokenId = null, Revision = 7,
                },
                new TokenRecord
                {
                    Id = Guid.NewGuid(), InstanceId = instance, ElementId = "review", ScopeTokenId = Guid.NewGuid(),
                    State = TokenState.Joining, ArrivedVia = "f1", LocalsJson = null, CreatedAt = At,
                },
                new UserTaskRecord
                {
                    Id = task, InstanceId = instance, TokenId = Guid.NewGuid(), ElementId = "review", Name = "审核",
                    DefinitionKey = "filing", BusinessKey = null, CandidateRole = "clerk", Outcomes = "approve,reject",
                    Basis = "002 §四(一)", DueAt = At.AddDays(5), CreatedAt = At, Status = TaskStatus.Open, Revision = 2,
                },
                new UserTaskRecord
                {
                    Id = Guid.NewGuid(), InstanceId = instance, TokenId = Guid.NewGuid(), ElementId = "done",
                    DefinitionKey = "filing", CreatedAt = At, Status = TaskStatus.Completed, CompletedAt = At,
                },
                new JobRecord
                {
                    Id = job, Kind = JobKind.Timer, InstanceId = instance, TokenId = Guid.NewGuid(), ElementId = "remind",
                    DueAt = At.AddHours(1), RepeatsLeft = -1, Interval = "R/P1D", Attempts = 2, LastError = "超时",
                    Suspended = true, CreatedAt = At, Revision = 4,
                },
                new SubscriptionRecord
                {
                    Id = Guid.NewGuid(), Kind = SubscriptionKind.Message, InstanceId = instance, ElementId = "wait",
                    MessageName = "paid", CorrelationKey = "B-1", CreatedAt = At,
                });
            return await db.SaveChangesAsync();
        });

        await host.QueryAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var expected = await Untracked(db, instance);
            Same(expected.Instance, await StepReads.InstanceAsync(db, instance, default));
            Same(expected.Instance, await StepReads.InstanceOfTaskAsync(db, task, default));
            Same(expected.Instance, StepReads.InstanceOfJob(db, job, default));
            Same(expected.Tokens, await StepReads.TokensAsync(db, instance, default));
            Same(expected.OpenTasks, await StepReads.OpenTasksAsync(db, instance, default));
            Same(expected.Jobs, await StepReads.JobsAsync(db, instance, default));
            Same(expected.Subscriptions, await StepReads.SubscriptionsAsync(db, instance, default));
            // Tracked as read, each row once (the instance read three ways is one object): nothing to write until the
            // step changes something.
            Assert.Equal(5, db.ChangeTracker.Entries().Count(e => e.State == EntityState.Unchanged));
            Assert.False(db.ChangeTracker.HasChanges());
            return 0;
        });
    }

    [Fact]
    public async Task A_row_the_context_already_tracks_is_read_as_that_object_as_it_stands()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-catch.bpmn");
        var id = await host.StartAsync("timer-catch");

        await host.QueryAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var tracked = await db.Set<JobRecord>().SingleAsync(j => j.InstanceId == id);
            tracked.Attempts = 5;
            var read = Assert.Single(await StepReads.JobsAsync(db, id, default));
            Assert.Same(tracked, read);
            Assert.Equal(5, read.Attempts);
            return 0;
        });
    }

    private static async Task<(InstanceRecord Instance, List<TokenRecord> Tokens, List<UserTaskRecord> OpenTasks, List<JobRecord> Jobs,
        List<SubscriptionRecord> Subscriptions)> Untracked(DbContext db, Guid id) => (
        await db.Set<InstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == id),
        await db.Set<TokenRecord>().AsNoTracking().Where(t => t.InstanceId == id).ToListAsync(),
        await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.InstanceId == id && t.Status == TaskStatus.Open).ToListAsync(),
        await db.Set<JobRecord>().AsNoTracking().Where(j => j.InstanceId == id).ToListAsync(),
        await db.Set<SubscriptionRecord>().AsNoTracking().Where(s => s.InstanceId == id).ToListAsync());

    private static void Same<T>(List<T> expected, List<T> actual) where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Same(expected[i], actual[i]);
    }

    private static void Same<T>(T expected, T? actual) where T : class
    {
        Assert.NotNull(actual);
        foreach (var property in typeof(T).GetProperties())
            Assert.Equal(property.GetValue(expected), property.GetValue(actual));
    }
}
