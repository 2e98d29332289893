using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>Completing the plan tasks through the generic task API applies the same rules as the plan endpoints.</summary>
public sealed class GenericTaskValidationTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Assigning_a_non_supervisor_or_filing_an_incomplete_report_through_the_task_api_is_refused_and_the_task_stays_open()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.CompleteAsync(clerk, planId, "review", new { outcome = "approve" });
        var assign = await PlanWorld.TaskAsync(clerk, planId, "assignSupervisor");

        var wrong = await clerk.PostAsJsonAsync($"/api/tasks/{assign.GetProperty("id").GetGuid()}/complete", new { data = new { supervisor = "clerk" } });

        var problem = await wrong.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "SUPERVISOR_INVALID");
        Assert.Equal("001 art. 17", problem.GetProperty("basis").GetString());
        await PlanWorld.TaskAsync(clerk, planId, "assignSupervisor");
        await PlanWorld.CompleteAsync(clerk, planId, "assignSupervisor", new { data = new { supervisor = "supervisor" } });

        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { to = "2025-03-12T00:00:00+08:00" });
        var supervisor = await app.LoginAsAsync("supervisor");
        var report = await PlanWorld.TaskAsync(supervisor, planId, "report");
        var incomplete = await supervisor.PostAsJsonAsync($"/api/tasks/{report.GetProperty("id").GetGuid()}/complete",
            new { data = new { exam_administration = "规范", recommendation = "valid" } });

        var missing = await incomplete.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "SUPERVISION_REPORT_INCOMPLETE");
        Assert.Equal("candidate_eligibility", missing.GetProperty("field").GetString());
        Assert.Equal("001 art. 18", missing.GetProperty("basis").GetString());
        await PlanWorld.TaskAsync(supervisor, planId, "report");
    }
}

/// <summary>Plan tasks declare their form fields (ew:fields): task data can never overwrite ids, addresses or deadlines.</summary>
public sealed class DeclaredTaskFieldTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Completing_the_plan_review_with_a_field_it_does_not_declare_is_refused_and_the_address_stays()
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        var clerk = await app.LoginAsAsync("clerk");
        var review = await PlanWorld.TaskAsync(clerk, planId, "review");

        var overwrite = await clerk.PostAsJsonAsync($"/api/tasks/{review.GetProperty("id").GetGuid()}/complete",
            new { outcome = "return", data = new { reason = "材料不全", institution_email = "someone-else@example.cn" } });

        var problem = await overwrite.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "INVALID_FIELD");
        Assert.Equal("institution_email", problem.GetProperty("field").GetString());
        await PlanWorld.CompleteAsync(clerk, planId, "review", new { outcome = "return", data = new { reason = "材料不全" } });
        var returned = Assert.Single(await world.NoticesAsync("plan-returned"));
        Assert.Equal(world.Email, returned.GetProperty("to").GetString());
    }
}
