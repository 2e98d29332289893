using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Tests.Support;
using static EvalWorkflows.Server.Tests.Lifecycle.LifecycleClock;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// A filing filed 2023-03-10: valid until 2026-03-09, renewal window from 2025-12-09 (90 days before),
/// grace until 2026-05-08 (a Friday, a working day) — all in years with official calendar data.
/// </summary>
public sealed class RenewalScenarioTests
{
    private static readonly DateOnly FiledOn = new(2023, 3, 10);

    private static TestApp NewApp() => new TestApp().With("Clock:Start", "2023-03-10T09:00:00+08:00");

    [Fact]
    public async Task Renewal_applied_in_the_window_and_passed_gives_a_new_three_year_validity_after_the_old_expiry()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, FiledOn);
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2025-12-08T09:00:00+08:00");
        var early = await filed.ApplyForRenewalAsync();
        var tooEarly = await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "RENEWAL_TOO_EARLY");
        Assert.Equal("004 §二", tooEarly.GetProperty("basis").GetString());

        await admin.AdvanceToAsync("2025-12-09T09:00:00+08:00");
        var frozen = await filed.Portal.PostAsJsonAsync($"/api/filings/{filed.FilingId}/scope-changes", new { description = "新增 4-07-05-04 健康管理师" });
        var problem = await frozen.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "SCOPE_FROZEN");
        Assert.Equal("004 §五(一)", problem.GetProperty("basis").GetString());

        await admin.AdvanceToAsync("2025-12-15T09:00:00+08:00");
        var id = (await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await filed.ApplyForRenewalAsync()).ReadProblemAsync(HttpStatusCode.Conflict, "RENEWAL_PENDING");

        var evaluator = await app.LoginAsAsync("evaluator");
        var task = await filed.TaskAsync(evaluator, "续期评估");
        // 004 §四(二): 30 working days from 2025-12-15, across New Year 2026 (Jan 1–3 off, Sunday Jan 4 worked): 2026-01-27.
        Assert.Equal(At(2026, 1, 28), task.GetProperty("dueAt").GetDateTimeOffset());

        var renewal = await (await evaluator.GetAsync($"/api/renewals/{id}")).ReadAsync(HttpStatusCode.OK);
        var checks = renewal.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.False(checks["BATCHES"].GetProperty("passed").GetBoolean());
        Assert.Equal("004 §三(一)2", checks["BATCHES"].GetProperty("basis").GetString());
        Assert.False(checks["INCENTIVES"].GetProperty("passed").GetBoolean());
        Assert.True(checks["RECTIFICATION"].GetProperty("passed").GetBoolean());
        // The 2023 and 2024 summaries were never filed in this scenario.
        Assert.Contains("2份", checks["ANNUAL_REPORTS"].GetProperty("detail").GetString());

        await admin.AdvanceToAsync("2026-01-05T10:00:00+08:00");
        await (await evaluator.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { outcome = "pass", data = new { reasons = "已提供书面说明，条件具备" } })).ReadAsync(HttpStatusCode.OK);

        var filing = await filed.FilingAsync();
        Assert.Equal(FilingStatus.Filed, filing.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), filing.ValidFrom);
        Assert.Equal(new DateOnly(2029, 3, 9), filing.ValidUntil);
        Assert.Equal(new DateOnly(2028, 12, 9), filing.RenewalOpensOn);
        Assert.Equal(new DateOnly(2029, 5, 8), filing.GraceUntil);
        var notices = await filed.NoticesAsync(admin);
        Assert.Contains(("lifecycle-renewal-window-open", At(2025, 12, 9)), notices.Select(n => (n.Template, n.QueuedAt)));
        Assert.Contains(notices, n => n.Template == "renewal-received" && n.Text.Contains("2026年1月27日"));
        Assert.Contains(notices, n => n.Template == "lifecycle-renewed" && n.Text.Contains("2026年3月10日至2029年3月9日"));
        Assert.DoesNotContain(notices, n => n.Template == "lifecycle-expiry-reminder");
        Assert.Contains(await app.DeliveredMailAsync(), m => m.TextBody?.Contains("2026年3月10日至2029年3月9日") == true);
    }

    [Fact]
    public async Task Evaluation_spanning_spring_festival_outlives_expiry_is_escalated_then_refused_and_the_filing_ends()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, FiledOn);
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-02-02T09:00:00+08:00");
        await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created);
        var evaluator = await app.LoginAsAsync("evaluator");
        // 30 working days from Monday 2026-02-02: Sat Feb 14 and Sat Feb 28 worked, Feb 15–23 off → 2026-03-20.
        Assert.Equal(At(2026, 3, 21), (await filed.TaskAsync(evaluator, "续期评估")).GetProperty("dueAt").GetDateTimeOffset());

        await admin.AdvanceToAsync("2026-03-10T09:00:00+08:00");
        var expired = await filed.FilingAsync();
        Assert.True(expired.DataReportingStopped);
        Assert.Equal(FilingStatus.Expired, expired.Status);

        await admin.AdvanceToAsync("2026-03-21T09:00:00+08:00");
        var followUp = await filed.TaskAsync(admin, "督办逾期的续期评估");
        Assert.Equal("admin", followUp.GetProperty("candidateRole").GetString());

        var task = await filed.TaskAsync(evaluator, "续期评估");
        await (await evaluator.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { outcome = "fail", data = new { reasons = "有效期内仅开展2批次且未提供书面说明" } })).ReadAsync(HttpStatusCode.OK);
        await admin.AdvanceClockAsync(new { days = 1 });

        var ended = await filed.FilingAsync();
        Assert.Equal(FilingStatus.Ended, ended.Status);
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        // Reminders 60 days before expiry (2026-01-08); the 30-day one (2026-02-07) came after the application.
        Assert.Contains(("lifecycle-expiry-reminder", At(2026, 1, 8, 9)), notices);
        Assert.Single(notices, n => n.Template == "lifecycle-expiry-reminder");
        Assert.Contains(("lifecycle-expired-renewal-pending", At(2026, 3, 10)), notices);
        // Reminder 3 working days before the deadline: after the 27th working day, 2026-03-17.
        Assert.Contains(("renewal-evaluation-reminder", At(2026, 3, 17, 9)), notices);
        Assert.Contains(("renewal-evaluation-overdue", At(2026, 3, 21)), notices);
        Assert.Contains(notices, n => n.Template == "lifecycle-renewal-refused");
        Assert.Contains(notices, n => n.Template == "lifecycle-ended");
        await Assert.ThrowsAnyAsync<Exception>(() => filed.TaskAsync(admin, "督办逾期的续期评估"));
    }

    [Fact]
    public async Task Late_application_in_the_grace_period_is_evaluated_and_a_pass_resumes_reporting()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, FiledOn);
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-03-10T09:00:00+08:00");
        var expired = await filed.FilingAsync();
        Assert.Equal(FilingStatus.Expired, expired.Status);
        Assert.True(expired.DataReportingStopped);
        var notices = await filed.NoticesAsync(admin);
        Assert.Contains(notices, n => n.Template == "lifecycle-expired" && n.QueuedAt == At(2026, 3, 10) && n.Text.Contains("2026年5月8日"));
        // 60, 30 and 7 days before 9 March 2026; the 30-day one (Saturday 7 Feb) moves back to Friday 6 Feb.
        Assert.Equal([At(2026, 1, 8, 9), At(2026, 2, 6, 9), At(2026, 3, 2, 9)],
            notices.Where(n => n.Template == "lifecycle-expiry-reminder").Select(n => n.QueuedAt));

        var id = (await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var evaluator = await app.LoginAsAsync("evaluator");
        Assert.True((await (await evaluator.GetAsync($"/api/renewals/{id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("late").GetBoolean());
        var task = await filed.TaskAsync(evaluator, "续期评估");
        await (await evaluator.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { outcome = "pass", data = new { reasons = "合格" } })).ReadAsync(HttpStatusCode.OK);

        var renewed = await filed.FilingAsync();
        Assert.Equal(FilingStatus.Filed, renewed.Status);
        Assert.False(renewed.DataReportingStopped);
        Assert.Equal(new DateOnly(2029, 3, 9), renewed.ValidUntil);
    }

    [Fact]
    public async Task Without_an_application_by_the_end_of_grace_the_filing_ends_and_renewal_is_refused()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, FiledOn);
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-05-09T09:00:00+08:00");
        var ended = await filed.FilingAsync();
        Assert.Equal(FilingStatus.Ended, ended.Status);
        var change = ended.StatusHistory.OrderBy(c => c.At).Last();
        Assert.Equal((FilingStatus.Expired, FilingStatus.Ended, "004 §五(二); 000 §三.4"), (change.From, change.To, change.Basis));
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        Assert.Contains(("lifecycle-grace-reminder", At(2026, 4, 23, 9)), notices);
        Assert.Contains(("lifecycle-ended", At(2026, 5, 9)), notices);
        var instance = await admin.GetInstanceAsync(filed.LifecycleId);
        Assert.NotEqual("running", instance.GetProperty("status").GetString()?.ToLowerInvariant());

        var late = await filed.ApplyForRenewalAsync();
        var problem = await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "RENEWAL_WINDOW_CLOSED");
        Assert.Equal("004 §五(二)", problem.GetProperty("basis").GetString());
    }
}
