using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Tests.Support;
using static EvalWorkflows.Server.Tests.Lifecycle.LifecycleClock;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// What the public register shows while a renewal is evaluated, and a renewal refused before expiry. The
/// filing of 2023-03-10 is valid until 2026-03-09, its renewal window opens 2025-12-09 and its grace period
/// runs until 2026-05-08 [003 §四(一)] [004 §二, §五(二)].
/// </summary>
public sealed class RenewalRefusalTests
{
    private static TestApp NewApp() => new TestApp().With("Clock:Start", "2023-03-10T09:00:00+08:00");

    [Fact]
    public async Task Renewal_refused_before_expiry_leaves_the_filing_valid_through_2026_03_09_and_it_ends_on_the_10th()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2023, 3, 10));
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2025-12-15T09:00:00+08:00");
        await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created);
        // 004 §四: from the application on, the register shows the renewal being evaluated.
        var renewing = await filed.RegisterEntryAsync();
        Assert.Equal(("renewing", "续期评估中"), Status(renewing));
        var change = (await filed.FilingAsync()).StatusHistory.OrderBy(c => c.At).Last();
        Assert.Equal((FilingStatus.Filed, FilingStatus.Renewing, "004 §三", At(2025, 12, 15, 9)), (change.From, change.To, change.Basis, change.At));

        await admin.AdvanceToAsync("2026-01-05T10:00:00+08:00");
        var evaluator = await app.LoginAsAsync("evaluator");
        var task = await filed.TaskAsync(evaluator, "续期评估");
        await (await evaluator.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { outcome = "fail", data = new { reasons = "有效期内仅开展2批次且未提供书面说明" } })).ReadAsync(HttpStatusCode.OK);

        // Refused, but still valid until its expiry date: filed again, plans may still be reported.
        var refused = await filed.FilingAsync();
        Assert.Equal((FilingStatus.Filed, new DateOnly(2026, 3, 9), false), (refused.Status, refused.ValidUntil, refused.DataReportingStopped));
        Assert.Equal(("filed", "已备案"), Status(await filed.RegisterEntryAsync()));
        var mail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.EndsWith("备案续期评估不合格", StringComparison.Ordinal) == true);
        Assert.Equal(filed.Email, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("有效期内仅开展2批次且未提供书面说明", mail.TextBody);
        Assert.Contains("备案有效期至2026年3月9日，届满后备案终止", mail.TextBody);
        Assert.Contains("依据：《福建省职业技能鉴定指导中心关于做好职业技能等级评价机构备案续期工作的通知》（闽劳鉴〔2022〕26号）第三部分第（二）项、第四部分第（二）项", mail.TextBody);

        await admin.AdvanceToAsync("2026-03-09T23:00:00+08:00");
        Assert.Equal(FilingStatus.Filed, (await filed.FilingAsync()).Status);

        await admin.AdvanceToAsync("2026-03-10T09:00:00+08:00");
        var ended = await filed.FilingAsync();
        var end = ended.StatusHistory.OrderBy(c => c.At).Last();
        Assert.Equal((FilingStatus.Filed, FilingStatus.Ended, "004 §四(二); 000 §三.4", At(2026, 3, 10)), (end.From, end.To, end.Basis, end.At));
        Assert.Equal(("ended", "已终止"), Status(await filed.RegisterEntryAsync()));
        var notices = (await filed.NoticesAsync(admin)).Select(n => (n.Template, n.QueuedAt)).ToList();
        Assert.Contains(("lifecycle-renewal-refused", At(2026, 1, 5, 10)), notices);
        Assert.Contains(("lifecycle-ended", At(2026, 3, 10)), notices);
        var endedMail = Assert.Single(await app.DeliveredMailAsync(), m => m.Subject?.EndsWith("备案已终止", StringComparison.Ordinal) == true);
        Assert.Contains("已于2026年3月10日终止", endedMail.TextBody);
    }

    [Fact]
    public async Task Application_in_the_grace_period_shows_on_the_register_as_expired_and_under_evaluation()
    {
        using var app = NewApp();
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2023, 3, 10));
        var admin = await app.LoginAsAsync("admin");

        await admin.AdvanceToAsync("2026-03-16T09:00:00+08:00");
        Assert.Equal(("in-grace", "已到期（存续期内）"), Status(await filed.RegisterEntryAsync()));
        await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created);

        // 004 §五(二): data reporting stays stopped, so the filing stays Expired while the renewal is evaluated.
        Assert.Equal(FilingStatus.Expired, (await filed.FilingAsync()).Status);
        Assert.Equal(("in-grace-renewing", "已到期（存续期内续期评估中）"), Status(await filed.RegisterEntryAsync()));

        var evaluator = await app.LoginAsAsync("evaluator");
        var task = await filed.TaskAsync(evaluator, "续期评估");
        await (await evaluator.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete",
            new { outcome = "pass", data = new { reasons = "合格" } })).ReadAsync(HttpStatusCode.OK);
        var renewed = await filed.RegisterEntryAsync();
        Assert.Equal(("filed", "已备案"), Status(renewed));
        Assert.Equal("2029-03-09", renewed.GetProperty("validUntil").GetString());
    }

    private static (string?, string?) Status(JsonElement entry) =>
        (entry.GetProperty("status").GetString(), entry.GetProperty("statusName").GetString());
}
