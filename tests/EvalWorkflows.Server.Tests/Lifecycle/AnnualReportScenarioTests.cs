using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;
using static EvalWorkflows.Server.Tests.Lifecycle.LifecycleClock;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// A filing filed 2025-03-10: its first summary is for 2025, told on 2026-02-20, due 2026-03-01 to
/// 2026-03-10 (a Tuesday, so the last day stays) [003 §四(二)].
/// </summary>
public sealed class AnnualReportScenarioTests
{
    private static TestApp NewApp() => new TestApp().With("Clock:Start", "2025-03-10T09:00:00+08:00");

    private static object Summary(Guid filingId, int year = 2025) => new
    {
        filingId, year, overview = "机构基本情况", training = "全年培训800人次", batchesHeld = 4, candidatesAssessed = 320,
        candidatesPassed = 281, certificatesIssued = 281, problems = "考评员队伍偏小", plans = "新增两个工种的评价",
    };

    [Fact]
    public async Task Summary_filed_in_the_window_is_accepted_and_a_second_one_is_a_conflict()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2025, 3, 10));
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-02-27T09:00:00+08:00");
        var early = await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId));
        var problem = await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "ANNUAL_WINDOW_NOT_OPEN");
        Assert.Equal("003 §四(二)", problem.GetProperty("basis").GetString());
        Assert.Contains("2026年3月1日至2026年3月10日", problem.GetProperty("detail").GetString());

        await admin.AdvanceToAsync("2026-03-02T09:00:00+08:00");
        var id = (await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId))).ReadAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId)))
            .ReadProblemAsync(HttpStatusCode.Conflict, "ANNUAL_REPORT_DUPLICATE");

        var clerk = await app.LoginAsAsync("clerk");
        await CompleteAsync(clerk, await filed.TaskAsync(clerk, "审核2025年度工作总结"), "accept", new { });
        await admin.AdvanceToAsync("2026-03-12T09:00:00+08:00");

        var report = await ReportAsync(filed, 2025);
        Assert.Equal((id, "accepted"), (report.GetProperty("id").GetGuid(), report.GetProperty("status").GetString()));
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        // 20 Feb 2026 falls in the Spring Festival holiday (15-23 Feb): the notice goes out on the last working day
        // before it, the makeup Saturday 14 Feb.
        Assert.Contains(("annual-window-opening", At(2026, 2, 14, 9)), notices);
        Assert.Contains(notices, n => n.Template == "annual-accepted");
        Assert.DoesNotContain(notices, n => n.Template is "annual-reminder" or "annual-overdue");
    }

    [Fact]
    public async Task Returned_summary_is_resubmitted_within_five_working_days_and_accepted()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2025, 3, 10));
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceToAsync("2026-03-02T09:00:00+08:00");
        await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId))).ReadAsync(HttpStatusCode.Created);

        var clerk = await app.LoginAsAsync("clerk");
        await CompleteAsync(clerk, await filed.TaskAsync(clerk, "审核2025年度工作总结"), "return", new { return_reason = "缺少分级别的合格人数统计" });
        var returned = await ReportAsync(filed, 2025);
        // Returned Monday 2026-03-02 + 5 working days = Monday 2026-03-09.
        Assert.Equal("2026-03-09", returned.GetProperty("resubmitDueOn").GetString());
        Assert.Equal("returned", returned.GetProperty("status").GetString());

        await admin.AdvanceToAsync("2026-03-09T15:00:00+08:00");
        await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId))).ReadAsync(HttpStatusCode.Created);
        await CompleteAsync(clerk, await filed.TaskAsync(clerk, "审核2025年度工作总结"), "accept", new { });

        Assert.Equal("accepted", (await ReportAsync(filed, 2025)).GetProperty("status").GetString());
        var notices = await filed.NoticesAsync(admin);
        Assert.Contains(notices, n => n.Template == "annual-returned" && n.Text.Contains("2026年3月9日（星期一）") && n.Text.Contains("缺少分级别的合格人数统计"));
    }

    [Fact]
    public async Task Missing_summary_is_reminded_two_days_before_and_recorded_overdue_after_the_tenth()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2025, 3, 10));
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-03-11T09:00:00+08:00");
        Assert.Equal("overdue", Assert.Single((await ReportsAsync(filed)).EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2025)
            .GetProperty("status").GetString());
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        // Two days before 10 March is Sunday 8 March: the reminder goes out on Friday 6 March.
        Assert.Contains(("annual-reminder", At(2026, 3, 6, 9)), notices);
        Assert.Contains(("annual-overdue", At(2026, 3, 11)), notices);

        var late = await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId));
        Assert.Equal("003 §四(二)", (await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "ANNUAL_WINDOW_CLOSED")).GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Returned_summary_not_resubmitted_is_reminded_on_5_March_and_recorded_overdue_when_9_March_ends()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2025, 3, 10));
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceToAsync("2026-03-02T09:00:00+08:00");
        await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId))).ReadAsync(HttpStatusCode.Created);

        var clerk = await app.LoginAsAsync("clerk");
        var review = await filed.TaskAsync(clerk, "审核2025年度工作总结");
        // The centre reviews within 5 working days of submission: Monday 2026-03-02 → Monday 2026-03-09, 24:00.
        Assert.Equal(At(2026, 3, 10), review.GetProperty("dueAt").GetDateTimeOffset());
        await CompleteAsync(clerk, review, "return", new { return_reason = "缺少分级别的合格人数统计" });

        // Resubmission due Monday 2026-03-09; reminded at 09:00 two working days before, Thursday 2026-03-05.
        await admin.AdvanceToAsync("2026-03-05T08:59:00+08:00");
        Assert.DoesNotContain(await filed.NoticesAsync(admin), n => n.Template == "annual-resubmission-reminder");
        await admin.AdvanceToAsync("2026-03-09T23:59:00+08:00");
        Assert.Equal("returned", (await ReportAsync(filed, 2025)).GetProperty("status").GetString());
        await admin.AdvanceToAsync("2026-03-10T09:00:00+08:00");

        Assert.Equal("overdue", (await ReportAsync(filed, 2025)).GetProperty("status").GetString());
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        Assert.Contains(("annual-resubmission-reminder", At(2026, 3, 5, 9)), notices);
        Assert.Contains(("annual-resubmission-overdue", At(2026, 3, 10)), notices);
        Assert.DoesNotContain(notices, n => n.Template is "annual-overdue" or "annual-reminder");

        var mail = await app.DeliveredMailAsync();
        var reminder = Assert.Single(mail, m => m.Subject == "提醒：退回修改的2025年度工作总结须于2026年3月9日（星期一）前重新报送");
        Assert.Equal(filed.Email, Assert.Single(reminder.To.Mailboxes).Address);
        var overdue = Assert.Single(mail, m => m.Subject?.EndsWith("：退回修改的2025年度工作总结逾期未重新报送", StringComparison.Ordinal) == true);
        Assert.Equal(filed.Email, Assert.Single(overdue.To.Mailboxes).Address);
        Assert.Contains("已于2026年3月2日退回修改（退回理由：缺少分级别的合格人数统计），应于2026年3月9日（星期一）前重新报送", overdue.TextBody);
        Assert.Contains("依据：《安徽省人力资源和社会保障厅关于进一步加强技能人才评价机构备案工作的通知》（皖人社秘〔2020〕64号）第四部分第（二）项", overdue.TextBody);

        var late = await filed.Portal.PostAsJsonAsync("/api/annual-reports", Summary(filed.FilingId));
        var problem = await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "ANNUAL_RESUBMISSION_CLOSED");
        Assert.Contains("应于2026年3月9日前重新提交", problem.GetProperty("detail").GetString());
    }

    /// <summary>The summary of one year; once it is settled the next year's is already expected.</summary>
    private static async Task<JsonElement> ReportAsync(FiledInstitution filed, int year) =>
        Assert.Single((await ReportsAsync(filed)).EnumerateArray(), r => r.GetProperty("year").GetInt32() == year);

    private static async Task<JsonElement> ReportsAsync(FiledInstitution filed) =>
        (await (await filed.Portal.GetAsync($"/api/annual-reports?filingId={filed.FilingId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");

    private static async Task CompleteAsync(HttpClient staff, JsonElement task, string outcome, object data) =>
        await (await staff.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome, data }))
            .ReadAsync(HttpStatusCode.OK);
}
