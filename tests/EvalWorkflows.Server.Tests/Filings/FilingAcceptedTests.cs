using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingAcceptedTests
{
    [Fact]
    public async Task Filing_accepted_on_Tuesday_is_filed_within_five_working_days_with_a_code_three_year_validity_and_a_register_entry()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, instanceId) = await d.SubmitAsync();   // Monday 2025-03-03 09:00

        Assert.Equal("submitted", (await d.FilingAsync(filingId)).GetProperty("status").GetString());
        Assert.Contains("于2025年3月3日提交", (await d.NoticeAsync(instanceId, "filing-received")).GetProperty("body").GetString());
        var review = await d.OpenTaskAsync(d.Clerk, instanceId);
        Assert.Equal("filing-review", review.GetProperty("formKey").GetString());
        // Review due 5 working days after 2025-03-03 (Mar 4, 5, 6, 7, 10), at the end of that day.
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(review.GetProperty("dueAt")));

        var checks = (await (await d.Clerk.GetAsync($"/api/filings/{filingId}/checks")).ReadAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.False(checks.Single(c => c.GetProperty("code").GetString() == "OFFICE_AREA").GetProperty("passed").GetBoolean());
        Assert.Equal("003 附件1 三(一)", checks.Single(c => c.GetProperty("code").GetString() == "OFFICE_AREA").GetProperty("basis").GetString());
        Assert.All(checks.Where(c => c.GetProperty("code").GetString() == "OWN_ASSESSORS"), c => Assert.True(c.GetProperty("passed").GetBoolean()));

        var early = await d.Institution.PostAsJsonAsync($"/api/filings/{filingId}/resubmit", new { materials = new[] { new { kind = "filing-form", fileName = "x.pdf" } } });
        await early.ReadProblemAsync(HttpStatusCode.Conflict, "FILING_NOT_AWAITING_CORRECTION");

        await d.AdvanceToAsync("2025-03-04T10:00:00+08:00");
        (await d.CompleteAsync(d.Clerk, review, "accept")).EnsureSuccessStatusCode();
        var accepted = await d.FilingAsync(filingId);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        // 001 art. 9: accepted Tuesday 2025-03-04 → 5 working days: Mar 5, 6, 7, 10, 11.
        Assert.Equal("2025-03-11", accepted.GetProperty("completionDueOn").GetString());
        Assert.Contains("2025年3月11日", (await d.NoticeAsync(instanceId, "filing-accepted")).GetProperty("body").GetString());
        var complete = await d.OpenTaskAsync(d.Clerk, instanceId);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(complete.GetProperty("dueAt")));

        // The working day before the deadline (Monday 2025-03-10) at 09:00 the clerks' mailbox is reminded.
        await d.AdvanceToAsync("2025-03-10T15:00:00+08:00");
        var reminder = await d.NoticeAsync(instanceId, "filing-completion-reminder");
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)), FilingDriver.Instant(reminder.GetProperty("queuedAt")));
        Assert.Contains("filing-office@centre.example.cn", reminder.GetProperty("to").GetString());

        (await d.CompleteAsync(d.Clerk, complete, null)).EnsureSuccessStatusCode();
        var filed = await d.FilingAsync(filingId);
        Assert.Equal("filed", filed.GetProperty("status").GetString());
        Assert.Equal("370000-2025-0001", filed.GetProperty("institutionCode").GetString());
        Assert.Equal("2025-03-10", filed.GetProperty("filedOn").GetString());
        Assert.Equal("2025-03-10", filed.GetProperty("validFrom").GetString());
        Assert.Equal("2028-03-09", filed.GetProperty("validUntil").GetString());       // 003 §四(一): three years
        Assert.Equal("2027-12-10", filed.GetProperty("renewalOpensOn").GetString());   // 004 §二: 90 days before expiry
        Assert.Equal("2028-05-08", filed.GetProperty("graceUntil").GetString());       // 004 §五(二): 60 days after, a Monday
        Assert.Equal(["submitted→accepted", "accepted→filed"], filed.GetProperty("statusHistory").EnumerateArray()
            .Select(h => $"{h.GetProperty("from").GetString()}→{h.GetProperty("to").GetString()}"));
        Assert.Equal("001 art. 9；000 §三.2", filed.GetProperty("statusHistory")[0].GetProperty("basis").GetString());

        var notice = await d.NoticeAsync(instanceId, "filing-completed");
        Assert.Equal(FilingDriver.InstitutionEmail, notice.GetProperty("to").GetString());
        Assert.True(notice.GetProperty("cc").ValueKind is System.Text.Json.JsonValueKind.Null || notice.GetProperty("cc").GetString() == "");
        var body = notice.GetProperty("body").GetString()!;
        Assert.Contains("370000-2025-0001", body);
        Assert.Contains("备案有效期自2025年3月10日至2028年3月9日", body);
        Assert.Contains("（鲁人社字〔2020〕190号）第三部分第2项及附件2", body);
        Assert.True(body.Contains("焊工（6-18-02-04，电焊工）：五级/初级工、四级/中级工、三级/高级工"), body);
        Assert.DoesNotContain(await d.NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == "filing-province-report");
        // The mail itself, as the institution receives it (pickup folder .eml, parsed with MimeKit).
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.Contains("备案告知书") == true);
        Assert.Equal(FilingDriver.InstitutionEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("370000-2025-0001", mail.TextBody);
        Assert.Contains("370000-2025-0001", mail.HtmlBody);
        Assert.Equal("completed", (await d.Admin.GetInstanceAsync(instanceId)).GetProperty("status").GetString());

        await AssertLifecycleStartedAsync(d, filingId);
        var register = (await (await app.Anonymous().GetAsync("/api/register?q=6-18-02")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        var entry = Assert.Single(register.EnumerateArray());
        Assert.Equal("370000-2025-0001", entry.GetProperty("institutionCode").GetString());
        Assert.Equal("filed", entry.GetProperty("status").GetString());
        Assert.Equal("2028-03-09", entry.GetProperty("validUntil").GetString());
        Assert.Empty((await (await app.Anonymous().GetAsync("/api/register?q=美容")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    private static async Task AssertLifecycleStartedAsync(FilingDriver d, Guid filingId)
    {
        var list = (await (await d.Admin.GetAsync($"/api/instances?definition=filing-lifecycle&businessKey={filingId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        var lifecycle = await d.Admin.GetInstanceAsync(Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        var v = lifecycle.GetProperty("variables");
        Assert.Equal(filingId.ToString(), v.GetProperty("filingId").GetString());
        Assert.Equal(d.InstitutionId.ToString(), v.GetProperty("institutionId").GetString());
        Assert.Equal("济南技能评价中心有限公司", v.GetProperty("institution_name").GetString());
        Assert.Equal(FilingDriver.InstitutionEmail, v.GetProperty("institution_email").GetString());
        Assert.Equal("370000-2025-0001", v.GetProperty("institution_code").GetString());
        Assert.Equal("2025-03-10", v.GetProperty("filed_on").GetString());
        Assert.Equal("2025-03-10", v.GetProperty("valid_from").GetString());
        Assert.Equal("2028-03-09", v.GetProperty("valid_until").GetString());
        Assert.Equal("2027-12-10", v.GetProperty("renewal_opens_on").GetString());
        Assert.Equal("2028-05-08", v.GetProperty("grace_until").GetString());
    }
}
