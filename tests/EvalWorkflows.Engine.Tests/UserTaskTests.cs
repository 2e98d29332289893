using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class UserTaskTests
{
    [Fact]
    public async Task Plain_bpmn_user_task_and_gateway_run_as_written()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        var approved = await host.StartAsync("plain-approval", "case-1");
        var rejected = await host.StartAsync("plain-approval", "case-2");

        await host.CompleteAsync(approved, "review", data: new { approved = true });
        await host.CompleteAsync(rejected, "review", data: new { approved = false });

        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(approved)).Status);
        Assert.Contains(await host.HistoryAsync(approved), h => h.ElementId == "end_approved" && h.Event == HistoryEvents.ElementEntered);
        Assert.Contains(await host.HistoryAsync(rejected), h => h.ElementId == "end_rejected" && h.Event == HistoryEvents.ElementEntered);
        Assert.Equal(true, (await host.VariablesAsync(approved))["approved"]);
    }

    [Fact]
    public async Task Task_carries_role_form_outcomes_due_date_basis_and_a_rendered_name()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("outcomes.bpmn");
        var id = await host.StartAsync("outcomes", "F-1", new { applicant = "济南技师学院", due = "2025-03-10T00:00:00+08:00" });

        var task = await host.SingleTaskAsync(id);

        Assert.Equal("审核 济南技师学院", task.Name);
        Assert.Equal("clerk", task.CandidateRole);
        Assert.Equal("review-form", task.FormKey);
        Assert.Equal("accept,return,refuse", task.Outcomes);
        Assert.Equal("000 §三.2", task.Basis);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)), task.DueAt);
        Assert.Equal("F-1", task.BusinessKey);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_offer_is_refused_and_nothing_changes()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("outcomes.bpmn");
        var id = await host.StartAsync("outcomes", "F-1", new { applicant = "A", due = "2025-03-10" });
        var task = await host.SingleTaskAsync(id);

        var e = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine.CompleteTaskAsync(task.Id, "approve", null, "clerk1"));

        Assert.Equal("INVALID_OUTCOME", e.Code);
        Assert.Equal("outcome", e.Field);
        Assert.Equal(task.Id, (await host.SingleTaskAsync(id)).Id);
    }

    [Fact]
    public async Task Returning_loops_back_to_a_new_task_and_the_journal_records_who_did_what()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("outcomes.bpmn");
        var id = await host.StartAsync("outcomes", "F-1", new { applicant = "A", due = "2025-03-10" });

        await host.CompleteAsync(id, "review", "return", new { items = new[] { "场地证明" } });
        await host.CompleteAsync(id, "review", "accept");

        var history = await host.HistoryAsync(id);
        var completions = history.Where(h => h.Event == HistoryEvents.TaskCompleted).ToList();
        Assert.Equal(2, completions.Count);
        Assert.All(completions, c => Assert.Equal("clerk1", c.Actor));
        Assert.Contains("\"outcome\":\"return\"", completions[0].DataJson);
        Assert.Equal(InstanceStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.Contains(history, h => h.ElementId == "accepted");
    }

    [Fact]
    public async Task Completing_a_completed_task_again_is_a_conflict()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("plain-approval.bpmn");
        var id = await host.StartAsync("plain-approval");
        var task = await host.SingleTaskAsync(id);
        await host.Engine.CompleteTaskAsync(task.Id, null, new Dictionary<string, object?> { ["approved"] = true }, "clerk1");

        var e = await Assert.ThrowsAsync<TaskNotOpenException>(() => host.Engine.CompleteTaskAsync(task.Id, null, null, "clerk2"));

        Assert.Equal("TASK_NOT_OPEN", e.Code);
        Assert.IsAssignableFrom<ConflictException>(e);
        Assert.Equal("clerk1", e.CompletedBy);
        Assert.NotNull(e.CompletedAt);
    }

    [Fact]
    public async Task A_task_that_declares_its_fields_refuses_any_other_so_ids_and_addresses_cannot_be_overwritten()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("declared-fields.bpmn");
        var id = await host.StartAsync("declared-fields", "F-1", new { filingId = "F-1", institution_email = "a@b.cn" });
        var task = await host.SingleTaskAsync(id);

        var e = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine.CompleteTaskAsync(task.Id, "return",
            new Dictionary<string, object?> { ["reason"] = "缺材料", ["institution_email"] = "evil@x.cn" }, "clerk1"));

        Assert.Equal(("INVALID_FIELD", "institution_email"), (e.Code, e.Field));
        Assert.Equal("a@b.cn", (await host.VariablesAsync(id))["institution_email"]);
        await host.Engine.CompleteTaskAsync(task.Id, "return", new Dictionary<string, object?> { ["reason"] = "缺材料" }, "clerk1");
        Assert.Equal("缺材料", (await host.VariablesAsync(id))["reason"]);
    }

    [Fact]
    public async Task Writes_made_alongside_a_refused_command_are_rolled_back_with_it()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("message-catch.bpmn");
        var id = await host.StartAsync("message-catch", "F-1");
        AlongsideWrites record = (db, _) =>
        {
            db.Add(new HistoryRecord { InstanceId = id, At = host.Clock.GetUtcNow(), Event = "application-recorded" });
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<NotFoundException>(() =>
            host.Engine.CorrelateMessageAsync("documents-received", "F-404", null, "inst", alongside: record));
        Assert.DoesNotContain(await host.HistoryAsync(id), h => h.Event == "application-recorded");

        await host.Engine.CorrelateMessageAsync("documents-received", "F-1", null, "inst", alongside: record);
        Assert.Contains(await host.HistoryAsync(id), h => h.Event == "application-recorded");
    }
}

