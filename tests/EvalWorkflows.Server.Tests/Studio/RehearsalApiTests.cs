using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Rehearsal;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>Rehearsals: a draft runs in its own sandbox and nothing it does reaches the real system.</summary>
public sealed class RehearsalApiTests(TestApp app) : IClassFixture<TestApp>
{
    private static string FilingDraft => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "filing-acceptance.bpmn"));

    [Fact]
    public async Task Advancing_the_rehearsal_clock_fires_the_review_reminder_in_the_sandbox_only_and_queues_no_mail()
    {
        var admin = await app.LoginAsAsync("admin");
        var (instancesBefore, jobsBefore, noticesBefore) = await RealCountsAsync();

        var started = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = FilingDraft })).ReadAsync(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var review = started.GetProperty("tasks")[0];
        Assert.Equal("2025年3月10日（星期一）24:00", review.GetProperty("dueText").GetString());
        Assert.Equal(["accept", "correct", "refuse"], review.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.Equal("2025年3月7日（星期五）09:00", started.GetProperty("timers")[0].GetProperty("dueText").GetString());
        var received = Notices(started).Single();
        Assert.Equal("filing-received", received.GetProperty("notice").GetProperty("template").GetString());

        var advanced = await (await admin.PostAsJsonAsync($"/api/studio/rehearsals/{id}/advance", new { nextTimer = true })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("2025年3月7日 09:00", advanced.GetProperty("nowText").GetString());
        var reminder = Notices(advanced).Last();
        Assert.Equal("filing-review-reminder", reminder.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("2025年3月7日 09:00", reminder.GetProperty("dateText").GetString());
        Assert.Contains("示例职业技能评价机构（排练）", reminder.GetProperty("notice").GetProperty("subject").GetString() + reminder.GetProperty("notice").GetProperty("text").GetString());
        Assert.Equal((instancesBefore, jobsBefore, noticesBefore), await RealCountsAsync());
        Assert.Empty(await app.DeliveredMailAsync());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(TestApp.Start, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    [Fact]
    public async Task A_discarded_rehearsal_leaves_no_database_file_and_can_no_longer_be_read()
    {
        var admin = await app.LoginAsAsync("admin");
        var started = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = FilingDraft })).ReadAsync(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var sandbox = await app.Services.GetRequiredService<RehearsalSandboxes>().GetAsync(id);
        Assert.True(File.Exists(sandbox.DatabasePath));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/studio/rehearsals/{id}")).StatusCode);

        Assert.False(File.Exists(sandbox.DatabasePath));
        Assert.False(Directory.Exists(sandbox.Folder));
        await (await admin.GetAsync($"/api/studio/rehearsals/{id}")).ReadProblemAsync(HttpStatusCode.NotFound, "REHEARSAL_NOT_FOUND");
    }

    [Fact]
    public async Task The_renewal_evaluation_rehearses_to_its_first_notice_with_its_handlers_standing_in_and_reminds_on_the_27th_working_day()
    {
        var admin = await app.LoginAsAsync("admin");
        var draft = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "renewal-evaluation.bpmn"));
        var (instancesBefore, jobsBefore, noticesBefore) = await RealCountsAsync();

        var started = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = draft, start = "2025-03-03" })).ReadAsync(HttpStatusCode.Created);

        Assert.Empty(started.GetProperty("incidents").EnumerateArray());
        var standIn = started.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "stand-in");
        Assert.Contains("004 §三", standIn.GetProperty("detail").GetString());
        var received = Notices(started).Single();
        Assert.Equal("renewal-received", received.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal(["institution@rehearsal.invalid"], received.GetProperty("notice").GetProperty("to").EnumerateArray().Select(t => t.GetString()));
        // 30 working days from Mon 3 March 2025: 20 in March, Tue 1–Thu 3 April, (清明 Fri 4 April off), Mon 7–Tue 15
        // April: due Tue 15 April; the reminder 3 working days before, Thu 10 April.
        var evaluate = started.GetProperty("tasks").EnumerateArray().Single();
        Assert.Equal("2025年4月15日（星期二）24:00", evaluate.GetProperty("dueText").GetString());
        Assert.Equal("2025年4月10日（星期四）09:00", started.GetProperty("timers").EnumerateArray()
            .Single(t => t.GetProperty("elementId").GetString() == "evaluationReminder").GetProperty("dueText").GetString());

        var id = started.GetProperty("id").GetGuid();
        var decided = await (await admin.PostAsJsonAsync($"/api/studio/rehearsals/{id}/tasks/{evaluate.GetProperty("id").GetGuid()}/complete",
            new { outcome = "fail", data = new { reasons = "评估人员不足" } })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("评估人员不足", decided.GetProperty("variables").GetProperty("refusal_reasons").GetString());
        Assert.False(decided.GetProperty("variables").GetProperty("renewal_passed").GetBoolean());
        Assert.Equal((instancesBefore, jobsBefore, noticesBefore), await RealCountsAsync());
    }

    [Fact]
    public async Task A_draft_that_deploy_would_refuse_is_refused_for_rehearsal_with_the_same_problems()
    {
        var admin = await app.LoginAsAsync("admin");
        var broken = FilingDraft.Replace("ew:template=\"filing-correction\"", "ew:template=\"no-such-template\"");

        var deploy = await (await admin.PostXmlAsync("/api/definitions", broken)).ReadAsync(HttpStatusCode.UnprocessableEntity);
        var rehearse = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = broken })).ReadAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(deploy.GetProperty("errors").ToString(), rehearse.GetProperty("errors").ToString());
        Assert.Contains("no-such-template", rehearse.GetProperty("errors").ToString());
    }

    [Fact]
    public async Task A_task_completed_with_an_outcome_it_does_not_offer_is_refused_in_chinese()
    {
        var admin = await app.LoginAsAsync("admin");
        var started = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = FilingDraft })).ReadAsync(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var task = started.GetProperty("tasks")[0].GetProperty("id").GetGuid();

        var problem = await (await admin.PostAsJsonAsync($"/api/studio/rehearsals/{id}/tasks/{task}/complete", new { outcome = "approve" }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "OUTCOME_INVALID");
        Assert.Contains("要求补正", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/studio/rehearsals/{id}")).StatusCode);
    }

    private static IEnumerable<JsonElement> Notices(JsonElement state) =>
        state.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "notice");

    private async Task<(int Instances, int Jobs, int Notices)> RealCountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<InstanceRecord>().CountAsync(), await db.Set<JobRecord>().CountAsync(),
            await db.Set<EvalWorkflows.Server.Notices.Notice>().CountAsync());
    }
}
