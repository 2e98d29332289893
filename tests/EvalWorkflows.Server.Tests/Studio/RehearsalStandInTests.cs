using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Studio.Rehearsal;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>
/// Every shipped procedure rehearses from its start along its main path to its first notice, its handlers
/// standing in (variables set as the real ones set them, no record written, no mail sent). All start on
/// Monday 3 March 2025, so the samples give an exam on Mon 17–Tue 18 March 2025 and a filing of 3 March 2025.
/// </summary>
public sealed class RehearsalStandInTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public void Every_registered_task_handler_has_a_rehearsal_stand_in_and_every_shipped_handler_key_is_registered()
    {
        var registered = app.Services.GetServices<TaskHandlerRegistration>().Select(r => r.Type).ToHashSet();
        var shipped = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.bpmn")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "ew:type=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.Empty(shipped.Except(registered));
        Assert.DoesNotContain(registered, t => t != NoticeTaskHandler.TypeName && !RehearsalStandIns.Knows(t));
        Assert.True(registered.Count >= 24, $"only {registered.Count} handlers registered");
    }

    [Fact]
    public async Task Plan_submission_rehearses_review_and_supervisor_to_the_plan_filed_notice()
    {
        var rehearsal = await StartAsync("plan-submission");
        // Exam Mon 17 March: the review is due the working day before, Fri 14 March; its reminder a day earlier.
        var review = rehearsal.Task("review");
        Assert.Equal("2025年3月14日（星期五）24:00", review.GetProperty("dueText").GetString());
        Assert.Equal("2025年3月13日（星期四）09:00", rehearsal.Timer("reviewRemind"));

        await rehearsal.CompleteAsync(review, "approve", new { });
        var filed = await rehearsal.CompleteAsync(rehearsal.Task("assignSupervisor"), null, new { supervisor = "supervisor" });

        var notice = rehearsal.Notices().Single();
        Assert.Equal("plan-filed", notice.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("2025年3月3日 09:00", notice.GetProperty("dateText").GetString());
        Assert.Equal("dudao@jdzx.example.cn", filed.GetProperty("variables").GetProperty("supervisor_email").GetString());
        Assert.Contains(rehearsal.StandIns(), s => s.Contains("质量督导员“supervisor”"));
        await rehearsal.AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Result_publicity_rehearses_five_working_days_of_publicity_to_the_upload_notice_and_waits_for_the_upload()
    {
        var rehearsal = await StartAsync("result-publicity");
        // Published Mon 3 March: 5 working days later is Mon 10 March; the period ends at its midnight.
        Assert.Equal("publicity-opened", rehearsal.Notices().Single().GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("2025-03-10", rehearsal.Variable("publicity_ends_on"));
        Assert.Equal("2025年3月10日（星期一）24:00", rehearsal.Timer("periodEnded"));

        await rehearsal.AdvanceToNextTimerAsync();

        var ended = rehearsal.Notices().Last();
        Assert.Equal("publicity-ended", ended.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("0", rehearsal.Variable("open_objections"));
        Assert.Contains("waitUpload", rehearsal.Waits());
        await rehearsal.AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Supervision_report_rehearses_a_valid_batch_to_its_notice_and_a_third_invalid_batch_to_the_cancellation_review()
    {
        var valid = await StartAsync("supervision-report");
        // Exam ends Tue 18 March: the report is due 3 working days later, Fri 21 March.
        Assert.Equal("2025年3月21日（星期五）24:00", valid.Task("report").GetProperty("dueText").GetString());
        await valid.CompleteAsync(valid.Task("report"), null, Report("valid"));
        Assert.Equal("supervision-batch-valid", valid.Notices().Single().GetProperty("notice").GetProperty("template").GetString());
        await valid.AssertNothingLeftAsync();

        var third = await StartAsync("supervision-report", new { invalid_batches = 2 });
        var state = await third.CompleteAsync(third.Task("report"), null, Report("invalid"));
        Assert.Equal("supervision-not-recognised", third.Notices().Single().GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal(3, state.GetProperty("variables").GetProperty("invalid_batches").GetInt32());
        Assert.True(third.HasTask("cancelReview"));
        await third.AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Annual_report_rehearsed_on_its_own_gives_notice_on_the_make_up_working_day_before_the_spring_festival()
    {
        var rehearsal = await StartAsync("annual-report");
        // Year 2025's summary: notice on 20 Feb 2026, inside the Spring Festival holiday (15–23 Feb 2026), so on the
        // working day before it — Saturday 14 Feb 2026, a make-up working day.
        Assert.Equal("2025", rehearsal.Variable("report_year"));
        Assert.Equal("2026-03-10", rehearsal.Variable("window_closes"));
        Assert.Equal("2026年2月14日（星期六）09:00", rehearsal.Timer("untilNotice"));

        await rehearsal.AdvanceToNextTimerAsync();

        var notice = rehearsal.Notices().Single();
        Assert.Equal("annual-window-opening", notice.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("2026年2月14日 09:00", notice.GetProperty("dateText").GetString());
        await rehearsal.AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Filing_lifecycle_rehearses_from_the_filing_day_to_the_first_yearly_summary_notice_with_the_renewal_window_armed()
    {
        var rehearsal = await StartAsync("filing-lifecycle");
        // Filed 3 March 2025: valid to 2 March 2028 (Civil Code art. 202); the renewal window opens 90 days before,
        // 3 Dec 2027 (shown as the midnight it starts at). The first summary is for 2025, noticed 14 Feb 2026.
        Assert.Equal("2025", rehearsal.Variable("report_year"));
        Assert.Equal("2027年12月2日（星期四）24:00", rehearsal.Timer("untilWindow"));
        Assert.Equal("2026年2月14日（星期六）09:00", rehearsal.Timer("untilNotice"));

        await rehearsal.AdvanceToNextTimerAsync();

        Assert.Equal("annual-window-opening", rehearsal.Notices().Single().GetProperty("notice").GetProperty("template").GetString());
        await rehearsal.AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Plan_announcement_rehearses_to_its_first_reminder_two_working_days_before_the_submission_deadline()
    {
        var rehearsal = await StartAsync("plan-announcement");
        // Exam Mon 17 March: a plan of Mon 10 March is the last on time (5 working days); reminded Thu 6 March.
        Assert.Equal("2025-03-10", rehearsal.Variable("submission_deadline"));

        await rehearsal.AdvanceToNextTimerAsync();

        var notice = rehearsal.Notices().Single();
        Assert.Equal("plan-announcement-reminder", notice.GetProperty("notice").GetProperty("template").GetString());
        Assert.Equal("2025年3月6日 09:00", notice.GetProperty("dateText").GetString());
        await rehearsal.AssertNothingLeftAsync();
    }

    private static object Report(string recommendation) => new
    {
        exam_administration = "规范", candidate_eligibility = "符合", questions_and_assessors = "符合", premises_and_equipment = "符合",
        fees = "按标准收费", recommendation, invalidity_grounds = recommendation == "invalid" ? "考评人员不在场" : null,
    };

    private TestApp App => app;

    private async Task<Rehearsal> StartAsync(string key, object? variables = null)
    {
        var admin = await app.LoginAsAsync("admin");
        var before = await RowCountsAsync();
        var draft = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", key + ".bpmn"));
        var started = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = draft, start = "2025-03-03", variables }))
            .ReadAsync(HttpStatusCode.Created);
        Assert.Empty(started.GetProperty("incidents").EnumerateArray());
        return new Rehearsal(this, admin, started, before);
    }

    /// <summary>Rows per table of the real database, but the sign-in's and the studio audit's own.</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
#pragma warning disable EF1003 // the table names come from the model, not from input
            counts[table] = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"").SingleAsync();
#pragma warning restore EF1003
        return counts;
    }

    private sealed class Rehearsal(RehearsalStandInTests test, HttpClient admin, JsonElement state, Dictionary<string, long> before)
    {
        private JsonElement _state = state;
        private Guid Id => _state.GetProperty("id").GetGuid();

        public JsonElement Task(string elementId) =>
            _state.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == elementId);

        public IEnumerable<string?> Waits() =>
            _state.GetProperty("messages").EnumerateArray().Select(w => w.GetProperty("elementId").GetString());

        public bool HasTask(string elementId) =>
            _state.GetProperty("tasks").EnumerateArray().Any(t => t.GetProperty("elementId").GetString() == elementId);

        public string? Timer(string elementId) => _state.GetProperty("timers").EnumerateArray()
            .Single(t => t.GetProperty("elementId").GetString() == elementId).GetProperty("dueText").GetString();

        public string? Variable(string name) => _state.GetProperty("variables").GetProperty(name).ToString();

        public IEnumerable<JsonElement> Notices() =>
            _state.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "notice");

        public IEnumerable<string> StandIns() => _state.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "stand-in").Select(e => e.GetProperty("detail").GetString() ?? "");

        public async Task<JsonElement> CompleteAsync(JsonElement task, string? outcome, object data)
        {
            _state = await (await admin.PostAsJsonAsync($"/api/studio/rehearsals/{Id}/tasks/{task.GetProperty("id").GetGuid()}/complete",
                new { outcome, data })).ReadAsync(HttpStatusCode.OK);
            Assert.Empty(_state.GetProperty("incidents").EnumerateArray());
            return _state;
        }

        public async Task AdvanceToNextTimerAsync()
        {
            _state = await (await admin.PostAsJsonAsync($"/api/studio/rehearsals/{Id}/advance", new { nextTimer = true })).ReadAsync(HttpStatusCode.OK);
            Assert.Empty(_state.GetProperty("incidents").EnumerateArray());
        }

        /// <summary>No row written in the real database, no mail sent; then the sandbox goes.</summary>
        public async Task AssertNothingLeftAsync()
        {
            Assert.Equal(before, await test.RowCountsAsync());
            Assert.Empty(await test.App.DeliveredMailAsync());
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/studio/rehearsals/{Id}")).StatusCode);
        }
    }
}
