using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingCorrectionTests
{
    [Fact]
    public async Task Corrected_filing_is_accepted_after_resubmission_and_a_second_notice_may_not_raise_what_the_first_review_saw()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, instanceId) = await d.SubmitAsync();   // Monday 2025-03-03
        var review = await d.OpenTaskAsync(d.Clerk, instanceId);

        var empty = await d.CompleteAsync(d.Clerk, review, "correct", new { correction_items = Array.Empty<object>() });
        var problem = await empty.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "CORRECTION_ITEMS_REQUIRED");
        Assert.Equal("correction_items", problem.GetProperty("field").GetString());

        (await d.CompleteAsync(d.Clerk, review, "correct", new
        {
            correction_items = new object[]
            {
                new { material = "premises-proof", description = "租赁合同剩余期限不足3年" },
                new { material = "assessor-roster", description = "未提交考评人员名册" },
            },
        })).EnsureSuccessStatusCode();
        var corrected = await d.FilingAsync(filingId);
        Assert.Equal("correctionRequested", corrected.GetProperty("status").GetString());
        Assert.Equal("000 §三.2", corrected.GetProperty("statusHistory")[0].GetProperty("basis").GetString());
        var notice = await d.NoticeAsync(instanceId, "filing-correction");
        var body = notice.GetProperty("body").GetString()!;
        Assert.Contains("【场地产权证明或3年以上租赁合同】租赁合同剩余期限不足3年", body);
        Assert.Contains("【考评人员名册及证书】未提交考评人员名册", body);
        // Resubmission within 20 working days of 2025-03-03: Mar 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), 31 (20).
        Assert.Contains("请于2025年3月31日（星期一）前补正", body);
        Assert.Equal("000 §三.2", notice.GetProperty("basis").GetString());
        var mail = Assert.Single(await d.App.DeliveredMailAsync(), m => m.Subject?.Contains("一次性告知") == true);
        Assert.Contains("未提交考评人员名册", mail.TextBody);
        Assert.Contains("<li>", mail.HtmlBody);

        await d.AdvanceToAsync("2025-03-05T10:00:00+08:00");
        var resubmit = await d.Institution.PostAsJsonAsync($"/api/filings/{filingId}/resubmit", new
        {
            materials = new[]
            {
                new { kind = "premises-proof", fileName = "租赁合同-续签.pdf", digest = "d2" },
                new { kind = "assessor-roster", fileName = "考评人员名册.pdf", digest = "e1" },
            },
        });
        Assert.Equal(instanceId, (await resubmit.ReadAsync(HttpStatusCode.OK)).GetProperty("instanceId").GetGuid());
        var resubmitted = await d.FilingAsync(filingId);
        Assert.Equal("submitted", resubmitted.GetProperty("status").GetString());
        Assert.Equal(2, resubmitted.GetProperty("submissionVersion").GetInt32());

        var second = await d.OpenTaskAsync(d.Clerk, instanceId);
        // Review due 5 working days after the resubmission on 2025-03-05: Mar 6, 7, 10, 11, 12.
        Assert.Equal(new DateTimeOffset(2025, 3, 13, 0, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(second.GetProperty("dueAt")));
        var late = await d.CompleteAsync(d.Clerk, second, "correct", new
        {
            correction_items = new object[] { new { material = "management-rules", description = "管理制度缺少档案管理制度" } },
        });
        problem = await late.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "CORRECTION_NOT_ONE_TIME");
        Assert.Equal("correction_items", problem.GetProperty("field").GetString());
        Assert.Equal("000 §三.2", problem.GetProperty("basis").GetString());
        Assert.Contains("技能鉴定机构管理制度", problem.GetProperty("detail").GetString());
        // Nothing of the refused completion stays: the task is open, no second notice, the filing still under review.
        Assert.Equal(second.GetProperty("id").GetGuid(), (await d.OpenTaskAsync(d.Clerk, instanceId)).GetProperty("id").GetGuid());
        Assert.Single(await d.NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == "filing-correction");
        Assert.Equal("submitted", (await d.FilingAsync(filingId)).GetProperty("status").GetString());

        (await d.CompleteAsync(d.Clerk, second, "accept")).EnsureSuccessStatusCode();
        var accepted = await d.FilingAsync(filingId);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        // Accepted Wednesday 2025-03-05 → Mar 6, 7, 10, 11, 12.
        Assert.Equal("2025-03-12", accepted.GetProperty("completionDueOn").GetString());
        Assert.Equal(1, accepted.GetProperty("corrections").GetArrayLength());
    }

    [Fact]
    public async Task Repeating_an_item_the_first_notice_raised_is_allowed_when_the_institution_did_not_fix_it()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, instanceId) = await d.SubmitAsync();
        var item = new { material = "premises-proof", description = "租赁合同剩余期限不足3年" };
        (await d.CompleteAsync(d.Clerk, await d.OpenTaskAsync(d.Clerk, instanceId), "correct", new { correction_items = new[] { item } }))
            .EnsureSuccessStatusCode();
        (await d.Institution.PostAsJsonAsync($"/api/filings/{filingId}/resubmit", new
        {
            materials = new[] { new { kind = "filing-form", fileName = "备案表.pdf", digest = "a1" } },
        })).EnsureSuccessStatusCode();

        (await d.CompleteAsync(d.Clerk, await d.OpenTaskAsync(d.Clerk, instanceId), "correct", new { correction_items = new[] { item } }))
            .EnsureSuccessStatusCode();
        Assert.Equal(2, (await d.FilingAsync(filingId)).GetProperty("corrections").GetArrayLength());
        Assert.Equal(2, (await d.NoticesAsync(instanceId)).Count(n => n.GetProperty("template").GetString() == "filing-correction"));
    }

    [Fact]
    public async Task Institution_that_never_resubmits_is_reminded_five_working_days_before_the_deadline_and_the_application_is_closed_after_it()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, instanceId) = await d.SubmitAsync();
        (await d.CompleteAsync(d.Clerk, await d.OpenTaskAsync(d.Clerk, instanceId), "correct", new
        {
            correction_items = new[] { new { field = "premises", description = "办公用房不足50平方米" } },
        })).EnsureSuccessStatusCode();

        // Deadline 2025-03-31 (20 working days after 2025-03-03); reminder 5 working days before: Mar 24 09:00.
        await d.AdvanceToAsync("2025-04-01T09:00:00+08:00");
        var reminder = await d.NoticeAsync(instanceId, "filing-resubmission-reminder");
        Assert.Equal(new DateTimeOffset(2025, 3, 24, 9, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(reminder.GetProperty("queuedAt")));
        var closed = await d.NoticeAsync(instanceId, "filing-abandoned");
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(closed.GetProperty("queuedAt")));
        Assert.Equal("abandoned", (await d.FilingAsync(filingId)).GetProperty("status").GetString());
        Assert.Equal("completed", (await d.Admin.GetInstanceAsync(instanceId)).GetProperty("status").GetString());
        var tooLate = await d.Institution.PostAsJsonAsync($"/api/filings/{filingId}/resubmit", new
        {
            materials = new[] { new { kind = "premises-proof", fileName = "新合同.pdf", digest = "z" } },
        });
        await tooLate.ReadProblemAsync(HttpStatusCode.Conflict, "FILING_NOT_AWAITING_CORRECTION");
    }
}
