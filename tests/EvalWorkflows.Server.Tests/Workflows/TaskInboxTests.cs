using System.Net;
using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>
/// The inbox's order and count as people page through it. Tasks are written straight into the database (as the
/// engine leaves them), so every order key can be set by hand: due date, creation time, id.
/// </summary>
public sealed class TaskInboxTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateTimeOffset T0 = TestApp.Start;

    [Fact]
    public async Task The_inbox_lists_earliest_due_first_then_oldest_then_by_id_with_undated_tasks_last_across_pages()
    {
        await AddAsync(
            TaskRow("b", "evaluator", due: At(4, 9), created: T0.AddMinutes(5)),
            TaskRow("a", "evaluator", due: At(5, 10), created: T0.AddMinutes(1), id: 1),
            TaskRow("f", "evaluator", due: At(5, 10), created: T0.AddMinutes(1), id: 2),
            TaskRow("c", "evaluator", due: At(5, 10), created: T0),
            TaskRow("d", "evaluator", due: null, created: T0),
            TaskRow("e", "evaluator", due: null, created: T0.AddHours(-1)),
            // Assigned to the evaluator by name (any letter case), though of another role: theirs, between the others.
            TaskRow("g", "clerk", due: At(4, 12), created: T0, assignee: "EVALUATOR"),
            TaskRow("held by another", "evaluator", due: At(3, 10), created: T0, assignee: "zhang"),
            TaskRow("another role", "supervisor", due: At(3, 10), created: T0),
            TaskRow("done", "evaluator", due: At(3, 10), created: T0, status: TaskStatus.Completed));
        var evaluator = await app.LoginAsAsync("evaluator");

        var names = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var answer = await (await evaluator.GetAsync($"/api/tasks?pageSize=2&page={page}")).ReadAsync(HttpStatusCode.OK);
            Assert.Equal(7, answer.GetProperty("total").GetInt32());
            Assert.False(answer.TryGetProperty("totalCapped", out _));
            names.AddRange(answer.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()!));
        }

        Assert.Equal(["b", "g", "c", "a", "f", "e", "d"], names);
    }

    [Fact]
    public async Task Past_a_thousand_tasks_the_inbox_stops_counting_says_more_and_still_reaches_the_last_page()
    {
        await AddAsync(Enumerable.Range(0, 1_001).Select(i => TaskRow($"task {i}", "clerk", due: T0.AddHours(i), created: T0)).ToArray());
        var clerk = await app.LoginAsAsync("clerk");

        var first = await (await clerk.GetAsync("/api/tasks?pageSize=50")).ReadAsync(HttpStatusCode.OK);
        var twentieth = await (await clerk.GetAsync("/api/tasks?pageSize=50&page=20")).ReadAsync(HttpStatusCode.OK);
        var last = await (await clerk.GetAsync("/api/tasks?pageSize=50&page=21")).ReadAsync(HttpStatusCode.OK);
        var html = await (await clerk.GetAsync("/tasks")).Content.ReadAsStringAsync();

        Assert.Equal((1_000, true), (first.GetProperty("total").GetInt32(), first.GetProperty("totalCapped").GetBoolean()));
        Assert.Equal("task 0", first.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal((1_000, true), (twentieth.GetProperty("total").GetInt32(), twentieth.GetProperty("totalCapped").GetBoolean()));
        // Past the bound the count goes on to the page asked for: exact again, as only one task is left.
        Assert.Equal(1_001, last.GetProperty("total").GetInt32());
        Assert.False(last.TryGetProperty("totalCapped", out _));
        Assert.Equal(["task 1000"], last.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Contains("超过 1,000 条，第 1 页", html);
    }

    /// <summary>
    /// Every engine step reads its instance's open tasks, inside its write lock. SQLite keeps no statistics, so it
    /// picks an index by its shape alone: with InstanceId indexed alone it took (Status, CandidateRole) and read every
    /// open task of every instance (completions over HTTP at 5/s at 90,000 open tasks). The plan is asked of the
    /// same LINQ the engine compiles (StepQueries.OpenTasks); the shape decides it, so empty tables show it too.
    /// </summary>
    [SqliteFact]
    public async Task One_instances_open_tasks_are_sought_by_instance_and_status_not_scanned_across_all_open_tasks()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instanceId = Guid.NewGuid();
        await using var command = db.Set<UserTaskRecord>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatus.Open).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));

        Assert.Equal(["SEARCH w USING INDEX IX_wf_user_tasks_InstanceId_Status (InstanceId=? AND Status=?)"], plan);
    }

    private static DateTimeOffset At(int day, int hour) => new(2025, 3, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static UserTaskRecord TaskRow(string name, string role, DateTimeOffset? due, DateTimeOffset created,
        string? assignee = null, int? id = null, TaskStatus status = TaskStatus.Open) => new()
    {
        Id = id is { } n ? new Guid($"00000000-0000-0000-0000-{n:D12}") : Guid.NewGuid(), InstanceId = Guid.NewGuid(),
        TokenId = Guid.NewGuid(), ElementId = "review", Name = name, DefinitionKey = "inbox-order", CandidateRole = role,
        Assignee = assignee, DueAt = due, CreatedAt = created, Status = status,
    };

    private async Task AddAsync(params UserTaskRecord[] tasks)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(tasks);
        await db.SaveChangesAsync();
    }
}
