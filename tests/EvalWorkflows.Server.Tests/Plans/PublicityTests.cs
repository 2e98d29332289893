using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Publicity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// Results of a valid batch published Thu 2025-03-13: no fewer than 5 working days (002 §四(三)) — 14, 17, 18, 19, 20 —
/// so publicity ends with 2025-03-20 and the institution is asked to upload at 2025-03-21 00:00.
/// </summary>
public static class PublicityScenario
{
    public static async Task<(PlanWorld World, Guid PlanId, HttpClient Admin)> PublishedAsync(TestApp app)
    {
        var world = await PlanWorld.CreateAsync(app);
        var planId = await world.SubmitAsync("2025-03-10", "2025-03-11");
        await world.ApproveAsync(planId);
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { to = "2025-03-12T10:00:00+08:00" });
        await world.ReportAsync(planId, "valid");
        await admin.AdvanceClockAsync(new { to = "2025-03-13T10:00:00+08:00" });
        var published = await world.Institution.PostAsJsonAsync($"/api/plans/{planId}/results",
            new { candidates = 30, passed = 26, publishedAt = "机构网站公示栏" });
        await published.ReadAsync(HttpStatusCode.OK);
        var opened = Assert.Single(await world.NoticesAsync("publicity-opened"));
        Assert.Contains("2025年3月20日（星期四）", opened.GetProperty("subject").GetString());
        return (world, planId, admin);
    }

    public static async Task ObjectAsync(TestApp app, Guid planId, string expectedEndsOn)
    {
        var response = await app.Anonymous().PostAsJsonAsync($"/api/publicity/{planId}/objections",
            new { name = "王五", contact = "13800000000", content = "考生赵六的实操成绩登记有误" });
        var raised = await response.ReadAsync(HttpStatusCode.Created);
        Assert.Equal(expectedEndsOn, raised.GetProperty("publicityEndsOn").GetString());
    }
}

public sealed class CleanPublicityTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Publicity_without_objection_ends_after_five_working_days_then_upload_and_two_reviews_allow_certificates()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-20T23:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("publicity-ended"));
        await admin.AdvanceClockAsync(new { to = "2025-03-21T00:00:00+08:00" });
        var ended = Assert.Single(await world.NoticesAsync("publicity-ended"));
        Assert.Equal("2025-03-21T00:00:00+08:00", ended.GetProperty("queuedAt").GetString());

        var late = await app.Anonymous().PostAsJsonAsync($"/api/publicity/{planId}/objections",
            new { name = "王五", contact = "13800000000", content = "迟到的异议" });
        await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "PUBLICITY_CLOSED");

        (await world.Institution.PostAsync($"/api/plans/{planId}/results/upload", null)).EnsureSuccessStatusCode();
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.CompleteAsync(clerk, planId, "cityReview", new { outcome = "approve" });
        await PlanWorld.CompleteAsync(clerk, planId, "provinceReview", new { outcome = "approve" });
        var certificates = Assert.Single(await world.NoticesAsync("publicity-certificates"));
        Assert.Equal("002 §四(三)(四)", certificates.GetProperty("basis").GetString());
    }
}

public sealed class UpheldObjectionTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Upheld on Tue 2025-03-18: publicity restarts for 19, 20, 21, 24, 25 — ending with 2025-03-25.</summary>
    [Fact]
    public async Task Upheld_objection_restarts_publicity_for_five_working_days_from_the_correction()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-17T10:00:00+08:00" });
        await PublicityScenario.ObjectAsync(app, planId, "2025-03-20");
        await admin.AdvanceClockAsync(new { to = "2025-03-18T10:00:00+08:00" });
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "uphold" });

        var restarted = Assert.Single(await world.NoticesAsync("publicity-restarted"));
        Assert.Contains("2025年3月25日（星期二）", restarted.GetProperty("subject").GetString());
        await admin.AdvanceClockAsync(new { to = "2025-03-25T23:59:00+08:00" });
        Assert.Empty(await world.NoticesAsync("publicity-ended"));
        await admin.AdvanceClockAsync(new { to = "2025-03-26T00:00:00+08:00" });
        var ended = Assert.Single(await world.NoticesAsync("publicity-ended"));
        Assert.Equal("2025-03-26T00:00:00+08:00", ended.GetProperty("queuedAt").GetString());
        var mail = await app.DeliveredMailAsync();
        Assert.Contains(mail, m => m.Subject?.Contains("2025年3月25日（星期二）") == true && m.TextBody?.Contains("（鲁人社字〔2020〕50号）第四部分第（三）项") == true);
    }
}

public sealed class DismissedObjectionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Dismissed_objection_lets_the_original_period_run_on()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-17T10:00:00+08:00" });
        await PublicityScenario.ObjectAsync(app, planId, "2025-03-20");
        await admin.AdvanceClockAsync(new { to = "2025-03-18T10:00:00+08:00" });
        var clerk = await app.LoginAsAsync("clerk");
        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "dismiss" });

        Assert.Single(await world.NoticesAsync("publicity-objection-dismissed"));
        await admin.AdvanceClockAsync(new { to = "2025-03-21T00:00:00+08:00" });
        var ended = Assert.Single(await world.NoticesAsync("publicity-ended"));
        Assert.Equal("2025-03-21T00:00:00+08:00", ended.GetProperty("queuedAt").GetString());
    }
}

/// <summary>
/// An objection stored open while no clerk task waits for it (as when it arrives while the clerk decides another):
/// at the end of publicity (2025-03-21 00:00) it goes to the clerk before the upload is asked for (002 §四(三)); once
/// it is dismissed (2025-03-21 10:00) the period, already over, ends with the next run of its overdue timer.
/// </summary>
public sealed class ObjectionOpenAtEndTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Objection_still_open_when_publicity_ends_is_handled_before_the_upload_is_asked_for()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new PublicityObjection
            {
                Id = Guid.NewGuid(), PlanId = planId, RaisedBy = "王五", Contact = "13800000000",
                Content = "考生钱七的理论成绩漏登", RaisedAt = new DateTimeOffset(2025, 3, 19, 10, 0, 0, TimeSpan.FromHours(8)),
            });
            await db.SaveChangesAsync();
        }

        await admin.AdvanceClockAsync(new { to = "2025-03-21T00:00:00+08:00" });
        Assert.Empty(await world.NoticesAsync("publicity-ended"));
        var clerk = await app.LoginAsAsync("clerk");
        var task = await PlanWorld.TaskAsync(clerk, planId, "handleObjection");
        Assert.Equal($"处理公示异议（{world.InstitutionName}）：考生钱七的理论成绩漏登", task.GetProperty("name").GetString());
        var upload = await world.Institution.PostAsync($"/api/plans/{planId}/results/upload", null);
        await upload.ReadProblemAsync(HttpStatusCode.Conflict, "PLAN_NOT_AWAITING_RESULTS");

        await admin.AdvanceClockAsync(new { to = "2025-03-21T10:00:00+08:00" });
        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "dismiss" });
        await admin.AdvanceClockAsync(new { to = "2025-03-21T10:01:00+08:00" });
        var ended = Assert.Single(await world.NoticesAsync("publicity-ended"));
        Assert.Equal("2025-03-21T10:00:00+08:00", ended.GetProperty("queuedAt").GetString());
        (await world.Institution.PostAsync($"/api/plans/{planId}/results/upload", null)).EnsureSuccessStatusCode();
    }
}

/// <summary>
/// Publicity ends with 2025-03-20; the institution uploads on 2025-03-21, the city returns the results, then after a
/// second upload the province returns them; the third upload passes both reviews (002 §四(三); 001 art. 23).
/// </summary>
public sealed class ReturnedResultsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Results_returned_by_the_city_or_the_province_are_uploaded_again_until_both_approve()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-21T10:00:00+08:00" });
        var clerk = await app.LoginAsAsync("clerk");
        async Task UploadAsync() => (await world.Institution.PostAsync($"/api/plans/{planId}/results/upload", null)).EnsureSuccessStatusCode();

        await UploadAsync();
        await PlanWorld.CompleteAsync(clerk, planId, "cityReview", new { outcome = "return", data = new { reason = "合格人数与名册不符" } });
        var cityReturned = Assert.Single(await world.NoticesAsync("publicity-review-returned"));
        Assert.Equal("001 art. 23", cityReturned.GetProperty("basis").GetString());
        Assert.Contains("退回理由：合格人数与名册不符", cityReturned.GetProperty("body").GetString());

        await UploadAsync();
        await PlanWorld.CompleteAsync(clerk, planId, "cityReview", new { outcome = "approve" });
        await PlanWorld.CompleteAsync(clerk, planId, "provinceReview", new { outcome = "return", data = new { reason = "缺少考评人员签字" } });
        Assert.Equal(2, (await world.NoticesAsync("publicity-review-returned")).Count);
        Assert.Empty(await world.NoticesAsync("publicity-certificates"));

        await UploadAsync();
        await PlanWorld.CompleteAsync(clerk, planId, "cityReview", new { outcome = "approve" });
        await PlanWorld.CompleteAsync(clerk, planId, "provinceReview", new { outcome = "approve" });
        Assert.Single(await world.NoticesAsync("publicity-certificates"));
        var returned = (await app.DeliveredMailAsync()).Where(m => m.Subject?.Contains("审核未通过") == true).ToList();
        Assert.Equal(2, returned.Count);
        Assert.All(returned, m => Assert.Equal(world.Email, m.To.Mailboxes.Single().Address));
        Assert.Contains(returned, m => m.TextBody?.Contains("退回理由：缺少考评人员签字") == true);
    }
}
