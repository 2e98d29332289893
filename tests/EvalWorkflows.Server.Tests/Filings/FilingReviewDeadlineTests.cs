using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

/// <summary>
/// The formal review's own period: 5 working days from receipt (the centre's service commitment; 000 §三.2 asks
/// for an answer on the spot and sets no period), with a reminder to the clerks the working day before and an
/// escalation to the supervisor when it passes, as for completing the filing (001 art. 9).
/// </summary>
public sealed class FilingReviewDeadlineTests
{
    private static DateTimeOffset Beijing(int y, int m, int d, int h = 0) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Review_received_before_National_Day_is_reminded_on_the_makeup_Saturday_and_escalated_when_13_October_ends()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        await d.AdvanceToAsync("2025-09-29T09:00:00+08:00");
        var (_, instanceId) = await d.SubmitAsync();

        // Received Monday 2025-09-29. Working days after it: Sep 30 (1); Oct 1–8 holidays; Oct 9 (2), Oct 10 (3),
        // Saturday Oct 11, a makeup working day (4); Sunday Oct 12 rest; Monday Oct 13 (5), due at its 24:00.
        var review = await d.OpenTaskAsync(d.Clerk, instanceId);
        Assert.Equal(Beijing(2025, 10, 14), FilingDriver.Instant(review.GetProperty("dueAt")));

        await d.AdvanceToAsync("2025-10-11T08:59:00+08:00");
        Assert.DoesNotContain(await d.NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == "filing-review-reminder");
        await d.AdvanceToAsync("2025-10-13T23:59:00+08:00");
        var reminder = await d.NoticeAsync(instanceId, "filing-review-reminder");
        Assert.Equal(Beijing(2025, 10, 11, 9), FilingDriver.Instant(reminder.GetProperty("queuedAt")));
        Assert.Equal("filing-office@centre.example.cn", reminder.GetProperty("to").GetString());
        Assert.DoesNotContain(await d.NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == "filing-review-overdue");

        await d.AdvanceToAsync("2025-10-14T09:00:00+08:00");
        var overdue = await d.NoticeAsync(instanceId, "filing-review-overdue");
        Assert.Equal(Beijing(2025, 10, 14), FilingDriver.Instant(overdue.GetProperty("queuedAt")));
        var mail = await app.DeliveredMailAsync();
        var escalation = Assert.Single(mail, m => m.Subject == "逾期：济南技能评价中心有限公司的备案申请未在期限内完成形式审查");
        Assert.Equal("supervision@centre.example.cn", Assert.Single(escalation.To.Mailboxes).Address);
        Assert.Equal("filing-office@centre.example.cn", Assert.Single(escalation.Cc.Mailboxes).Address);
        Assert.Contains("已于2025年9月29日收件", escalation.TextBody);
        Assert.Contains("依据：《山东省人力资源和社会保障厅关于做好职业技能考核鉴定机构备案管理工作的通知》（鲁人社字〔2020〕190号）第三部分第2项；《吉林省职业技能考核鉴定机构备案及管理办法（试行）（征求意见稿）》第九条", escalation.TextBody);
        Assert.Single(mail, m => m.Subject == "提醒：济南技能评价中心有限公司的备案申请形式审查期限将于下一个工作日届满");

        var followUp = await d.OpenTaskAsync(await app.LoginAsAsync("supervisor"), instanceId);
        Assert.StartsWith("督办逾期形式审查", followUp.GetProperty("name").GetString());
        // The escalation does not take the review away from the clerks.
        Assert.Equal(review.GetProperty("id").GetGuid(), (await d.OpenTaskAsync(d.Clerk, instanceId)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Review_completed_with_a_field_it_does_not_declare_is_refused_and_the_institution_address_stays()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (_, instanceId) = await d.SubmitAsync();
        var review = await d.OpenTaskAsync(d.Clerk, instanceId);

        var forged = await d.CompleteAsync(d.Clerk, review, "accept", new { institution_email = "attacker@example.com" });
        var problem = await forged.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "INVALID_FIELD");
        Assert.Equal("institution_email", problem.GetProperty("field").GetString());
        Assert.Equal(review.GetProperty("id").GetGuid(), (await d.OpenTaskAsync(d.Clerk, instanceId)).GetProperty("id").GetGuid());

        (await d.CompleteAsync(d.Clerk, review, "accept")).EnsureSuccessStatusCode();
        Assert.Equal(FilingDriver.InstitutionEmail, (await d.NoticeAsync(instanceId, "filing-accepted")).GetProperty("to").GetString());
    }
}
