using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// The rules a plan meets when submitted on Monday 2025-03-03 (the test clock): 5 working days ahead
/// (002 §四(一)) makes Monday 2025-03-10 the earliest exam date — no holiday in that week.
/// </summary>
public sealed class PlanSubmissionRuleTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Plan_for_an_exam_five_working_days_ahead_is_accepted_and_waits_for_the_clerk()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-11"));
        var created = await response.ReadAsync(HttpStatusCode.Created);
        var planId = created.GetProperty("id").GetGuid();
        var clerk = await app.LoginAsAsync("clerk");
        var review = await PlanWorld.TaskAsync(clerk, planId, "review");
        Assert.Equal(created.GetProperty("instanceId").GetGuid(), review.GetProperty("instanceId").GetGuid());
        Assert.Equal($"审核考核计划：{world.InstitutionName}（2025年3月10日考核）", review.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Plan_submitted_four_working_days_before_exam_is_refused_as_late_with_the_earliest_date()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-07", "2025-03-07"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "PLAN_LATE");
        Assert.Equal("examStart", problem.GetProperty("field").GetString());
        Assert.Equal("002 §四(一)", problem.GetProperty("basis").GetString());
        Assert.Equal("《山东省人力资源和社会保障厅关于开展社会培训评价组织职业技能等级认定试点工作的通知》（鲁人社字〔2020〕50号）第四部分第（一）项",
            problem.GetProperty("basisText").GetString());
        Assert.Equal("2025-03-10", problem.GetProperty("earliestExamDate").GetString());
    }

    [Theory]
    [InlineData("6-18-01-01", 4)] // filed for levels 3 and 2 only
    [InlineData("2-02-01-01", 3)] // not filed at all
    public async Task Plan_outside_the_filed_scope_is_refused(string occupation, int level)
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans",
            world.Plan("2025-03-10", "2025-03-10", level: level, occupation: occupation));
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "PLAN_OUT_OF_SCOPE");
        Assert.Equal("001 art. 32(一)", problem.GetProperty("basis").GetString());
        Assert.Equal("occupations[0]", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData(2, "PANEL_TOO_SMALL")]
    [InlineData(4, "PANEL_EVEN")]
    public async Task Panel_that_is_not_an_odd_three_or_more_is_refused(int panel, string code)
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-10", panel: panel));
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, code);
        Assert.Equal("001 art. 16", problem.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Technician_level_assessed_by_a_level_three_assessor_is_refused_but_a_senior_title_is_accepted()
    {
        var world = await PlanWorld.CreateAsync(app);
        var refused = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-10", level: 2, qualification: 3));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "ASSESSOR_UNQUALIFIED");
        Assert.Equal("001 art. 14(二)", problem.GetProperty("basis").GetString());
        Assert.Equal("assessors[0]", problem.GetProperty("field").GetString());

        var accepted = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-10", level: 2, qualification: 0));
        await accepted.ReadAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Filing_whose_data_reporting_stopped_cannot_submit_plans()
    {
        var world = await PlanWorld.CreateAsync(app, f => { f.ValidUntil = new DateOnly(2025, 2, 28); f.DataReportingStopped = true; });
        var response = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-10"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "FILING_EXPIRED");
        Assert.Equal("004 §五(二)", problem.GetProperty("basis").GetString());
        Assert.Equal("filingId", problem.GetProperty("field").GetString());
    }

    /// <summary>The filing is valid through Mon 2025-03-10; reporting stops after that day (004 §五(二)).</summary>
    [Fact]
    public async Task Exam_ending_after_the_filing_expires_is_refused_unless_a_renewal_is_being_evaluated()
    {
        var world = await PlanWorld.CreateAsync(app, f => f.ValidUntil = new DateOnly(2025, 3, 10));
        var refused = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-11"));
        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "EXAM_AFTER_EXPIRY");
        Assert.Equal("examEnd", problem.GetProperty("field").GetString());
        Assert.Equal("004 §五(二)", problem.GetProperty("basis").GetString());
        var lastDay = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-10"));
        await lastDay.ReadAsync(HttpStatusCode.Created);

        var renewing = await PlanWorld.CreateAsync(app, f =>
        {
            f.ValidUntil = new DateOnly(2025, 3, 10);
            f.ChangeStatus(EvalWorkflows.Server.Filings.FilingStatus.Renewing, TestApp.Start, "institution", "004 §二");
        });
        var accepted = await renewing.Institution.PostAsJsonAsync("/api/plans", renewing.Plan("2025-03-10", "2025-03-11"));
        await accepted.ReadAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Exam_ending_before_it_starts_is_a_bad_request_naming_examEnd()
    {
        var world = await PlanWorld.CreateAsync(app);
        var response = await world.Institution.PostAsJsonAsync("/api/plans", world.Plan("2025-03-10", "2025-03-09"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("examEnd", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Assigning_a_user_who_is_not_a_supervisor_is_refused()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-10");
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.CompleteAsync(clerk, planId, "review", new { outcome = "approve" });
        var response = await clerk.PostAsJsonAsync($"/api/plans/{planId}/supervisor", new { supervisor = "evaluator" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "SUPERVISOR_INVALID");
        Assert.Equal("001 art. 17", problem.GetProperty("basis").GetString());
        await PlanWorld.TaskAsync(clerk, planId, "assignSupervisor");
    }
}

/// <summary>A plan submitted Mon 2025-03-03 for 2025-03-10 to 11, returned by the clerk with a reason (002 §四(一)).</summary>
public sealed class ReturnedPlanTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Plan_returned_by_the_clerk_tells_the_institution_why_and_ends_the_plan()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        var clerk = await app.LoginAsAsync("clerk");

        await PlanWorld.CompleteAsync(clerk, planId, "review", new { outcome = "return", data = new { reason = "考生名册缺少身份证号" } });

        var notice = Assert.Single(await world.NoticesAsync("plan-returned"));
        Assert.Equal("002 §四(一)", notice.GetProperty("basis").GetString());
        Assert.StartsWith("《山东省人力资源和社会保障厅关于开展社会培训评价组织", notice.GetProperty("basisText").GetString());
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.EndsWith("被退回") == true);
        Assert.Equal(world.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("（2025年3月10日至2025年3月11日）", mail.Subject);
        Assert.Contains("于2025年3月3日报送的考核计划", mail.TextBody);
        Assert.Contains("退回理由：考生名册缺少身份证号", mail.TextBody);
        Assert.Contains("依据：《山东省人力资源和社会保障厅关于开展社会培训评价组织职业技能等级认定试点工作的通知》（鲁人社字〔2020〕50号）第四部分第（一）项", mail.TextBody);
        var tasks = (await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("businessKey").GetString() == planId.ToString());
    }
}
