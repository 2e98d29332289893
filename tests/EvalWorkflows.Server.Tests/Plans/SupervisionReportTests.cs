using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// A batch examined Mon 2025-03-10 to Tue 2025-03-11 (plan submitted Mon 2025-03-03): the supervisor reports within
/// 3 working days (001 art. 18) — Wed 12, Thu 13, Fri 14 — so the report is due at the end of 2025-03-14, the
/// reminder goes on the working day before (2025-03-13 09:00), and the escalation at 2025-03-15 00:00.
/// </summary>
public sealed class SupervisionReportTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Supervisor_is_reminded_the_working_day_before_and_escalated_when_the_report_is_late()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        await world.ApproveAsync(planId);
        Assert.Single(await world.NoticesAsync("plan-filed"));
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceClockAsync(new { to = "2025-03-12T00:00:00+08:00" });
        var supervisor = await app.LoginAsAsync("supervisor");
        var report = await PlanWorld.TaskAsync(supervisor, planId, "report");
        Assert.Equal("2025-03-15T00:00:00+08:00", report.GetProperty("dueAt").GetString());
        Assert.Equal("supervisor", report.GetProperty("assignee").GetString());

        await admin.AdvanceClockAsync(new { to = "2025-03-13T08:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("supervision-reminder"));
        await admin.AdvanceClockAsync(new { to = "2025-03-13T09:00:00+08:00" });
        var reminder = Assert.Single(await world.NoticesAsync("supervision-reminder"));
        Assert.Equal("2025-03-13T09:00:00+08:00", reminder.GetProperty("queuedAt").GetString());
        Assert.Contains("2025年3月14日（星期五）", reminder.GetProperty("subject").GetString());

        await admin.AdvanceClockAsync(new { to = "2025-03-14T23:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("supervision-overdue"));
        await admin.AdvanceClockAsync(new { to = "2025-03-15T00:00:00+08:00" });
        var overdue = Assert.Single(await world.NoticesAsync("supervision-overdue"));
        Assert.Equal("2025-03-15T00:00:00+08:00", overdue.GetProperty("queuedAt").GetString());
        Assert.Equal("dudao@jdzx.example.cn", overdue.GetProperty("to").GetString());
        Assert.Equal("001 art. 18", overdue.GetProperty("basis").GetString());
        var clerk = await app.LoginAsAsync("clerk");
        Assert.Equal($"督导报告逾期跟进：{world.InstitutionName}", (await PlanWorld.TaskAsync(clerk, planId, "followUp")).GetProperty("name").GetString());
    }

}

/// <summary>The same batch, reported on time (2025-03-12) and recommended valid.</summary>
public sealed class ValidSupervisionReportTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Valid_report_on_time_tells_the_institution_to_publish_its_results()
    {
        var world = await PlanWorld.CreateAsync(app);
        var (planId, admin) = await world.ApprovedBatchAsync("2025-03-12T10:00:00+08:00");

        await world.ReportAsync(planId, "valid");

        var valid = Assert.Single(await world.NoticesAsync("supervision-batch-valid"));
        Assert.Equal("002 §四(三)", valid.GetProperty("basis").GetString());
        Assert.Empty(await world.NoticesAsync("supervision-not-recognised"));
    }

}

/// <summary>Three batches of one institution, each reported invalid (001 art. 31; 001 art. 32(七)).</summary>
public sealed class InvalidSupervisionReportTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Third_invalid_batch_of_an_institution_opens_the_cancellation_review()
    {
        var world = await PlanWorld.CreateAsync(app);
        var plans = new List<Guid>();
        for (var i = 0; i < 3; i++) plans.Add(await world.SubmitAsync("2025-03-10", "2025-03-11"));
        foreach (var plan in plans) await world.ApproveAsync(plan);
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { to = "2025-03-12T10:00:00+08:00" });
        var clerk = await app.LoginAsAsync("clerk");

        await world.ReportAsync(plans[0], "invalid");
        await world.ReportAsync(plans[1], "invalid");
        var tasks = (await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("elementId").GetString() == "cancelReview");

        await world.ReportAsync(plans[2], "invalid");
        var review = await PlanWorld.TaskAsync(clerk, plans[2], "cancelReview");
        Assert.Equal($"撤销备案审查：{world.InstitutionName}", review.GetProperty("name").GetString());
        Assert.Equal("001 art. 32(七)", review.GetProperty("basis").GetString());
        var notRecognised = await world.NoticesAsync("supervision-not-recognised");
        Assert.Equal(3, notRecognised.Count);
        Assert.All(notRecognised, n => Assert.Equal("001 art. 31", n.GetProperty("basis").GetString()));
        Assert.Equal(["第1次", "第2次", "第3次"], notRecognised
            .Select(n => System.Text.RegularExpressions.Regex.Match(n.GetProperty("body").GetString()!, "第\\d次").Value).Order());

        var publish = await world.Institution.PostAsJsonAsync($"/api/plans/{plans[0]}/results",
            new { candidates = 30, passed = 20, publishedAt = "机构网站" });
        await publish.ReadProblemAsync(HttpStatusCode.Conflict, "PLAN_NOT_AWAITING_RESULTS");
    }
}

/// <summary>
/// The same batch with the report overdue at 2025-03-15 00:00 and filed on Mon 2025-03-17: the clerk's follow-up
/// must not hold the batch. Results published that day run 5 working days (002 §四(三)) — 18, 19, 20, 21, 24 —
/// so publicity ends with 2025-03-24.
/// </summary>
public sealed class LateSupervisionReportTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Report_filed_after_the_escalation_still_lets_the_institution_publish_its_results()
    {
        var world = await PlanWorld.CreateAsync(app);
        var (planId, admin) = await world.ApprovedBatchAsync("2025-03-15T00:00:00+08:00");
        Assert.Single(await world.NoticesAsync("supervision-overdue"));
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.TaskAsync(clerk, planId, "followUp");

        await admin.AdvanceClockAsync(new { to = "2025-03-17T10:00:00+08:00" });
        await world.ReportAsync(planId, "valid");
        var tasks = (await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("businessKey").GetString() == planId.ToString());

        var published = await world.Institution.PostAsJsonAsync($"/api/plans/{planId}/results",
            new { candidates = 30, passed = 26, publishedAt = "机构网站公示栏" });
        await published.ReadAsync(HttpStatusCode.OK);
        var opened = Assert.Single(await world.NoticesAsync("publicity-opened"));
        Assert.Contains("2025年3月24日（星期一）", opened.GetProperty("subject").GetString());
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.Contains("公示期至") == true);
        Assert.Equal(world.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("2025年3月24日（星期一）", mail.TextBody);
        Assert.Contains("（鲁人社字〔2020〕50号）第四部分第（三）项", mail.TextBody);
    }
}

/// <summary>The first batch of an institution reported invalid on 2025-03-12: not recognised (001 art. 31), nothing more yet.</summary>
public sealed class FirstInvalidBatchTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task First_invalid_batch_is_not_recognised_without_opening_a_cancellation_review()
    {
        var world = await PlanWorld.CreateAsync(app);
        var (planId, admin) = await world.ApprovedBatchAsync("2025-03-12T10:00:00+08:00");

        await world.ReportAsync(planId, "invalid");

        var notice = Assert.Single(await world.NoticesAsync("supervision-not-recognised"));
        Assert.Equal("001 art. 31", notice.GetProperty("basis").GetString());
        Assert.Contains("第1次", notice.GetProperty("body").GetString());
        Assert.Empty(await world.NoticesAsync("supervision-batch-valid"));
        var clerk = await app.LoginAsAsync("clerk");
        var tasks = (await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("businessKey").GetString() == planId.ToString());
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.Contains("不予认定") == true);
        Assert.Equal(world.Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal($"{world.InstitutionName}考核批次（2025年3月10日至2025年3月11日）成绩不予认定", mail.Subject);
        var publish = await world.Institution.PostAsJsonAsync($"/api/plans/{planId}/results",
            new { candidates = 30, passed = 20, publishedAt = "机构网站" });
        await publish.ReadProblemAsync(HttpStatusCode.Conflict, "PLAN_NOT_AWAITING_RESULTS");
    }
}

/// <summary>
/// The filing's current validity period began 2025-01-06. Two batches of 2024 (the period before) and one of
/// February 2025 were not recognised; a fourth, reported invalid on 2025-03-12, is the 2nd of this period — below the
/// three of 001 art. 32(七), so no cancellation review opens.
/// </summary>
public sealed class InvalidBatchesOfEarlierPeriodsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Invalid_batches_of_an_earlier_validity_period_do_not_count_toward_cancellation()
    {
        var world = await PlanWorld.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var exam in new[] { new DateOnly(2024, 6, 3), new DateOnly(2024, 11, 4), new DateOnly(2025, 2, 10) })
            {
                var earlier = new AssessmentPlan
                {
                    Id = Guid.NewGuid(), FilingId = world.FilingId, InstitutionId = world.InstitutionId, ExamStart = exam,
                    ExamEnd = exam, SubmittedAt = TestApp.Start,
                };
                earlier.MoveTo(PlanStatus.ResultsNotRecognized);
                db.Add(earlier);
            }
            await db.SaveChangesAsync();
        }
        var (planId, admin) = await world.ApprovedBatchAsync("2025-03-12T10:00:00+08:00");

        await world.ReportAsync(planId, "invalid");

        var notice = Assert.Single(await world.NoticesAsync("supervision-not-recognised"));
        Assert.Contains("第2次", notice.GetProperty("body").GetString());
        var clerk = await app.LoginAsAsync("clerk");
        var tasks = (await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("elementId").GetString() == "cancelReview");
    }
}
