using EvalWorkflows.Server.Api;
using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>Notices queued by the send task travel over real SMTP to aiosmtpd.</summary>
public sealed class SmtpDeliveryTests(SmtpDeliveryTests.Fixture fixture) : IClassFixture<SmtpDeliveryTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public SmtpServer Smtp { get; private set; } = null!;
        public NoticeApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Smtp = await SmtpServer.StartNewAsync();
            App = new NoticeApp(Smtp.Port);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            NoticeApp.DeleteDatabase(App.DatabaseFile);
            await Smtp.DisposeAsync();
        }
    }

    private NoticeApp App => fixture.App;
    private SmtpServer Smtp => fixture.Smtp;

    [Fact]
    public async Task Correction_notice_arrives_at_the_institution_with_its_Chinese_subject_and_body()
    {
        var now = App.Time.GetUtcNow();
        var notice = await App.RunSendTaskAsync(SendTask.FilingCorrection("office@jn-first.example.cn"));

        var run = await App.DeliverDueAsync();

        Assert.True(run.Sent >= 1);
        var message = Assert.Single(await Smtp.WaitForMessagesToAsync("office@jn-first.example.cn"));
        Assert.Equal("关于济南市第一职业技能评价中心职业技能考核鉴定机构备案申请材料补正的一次性告知", message.Subject);
        Assert.Equal("office@jn-first.example.cn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("centre@jd.example.cn", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal($"{notice.Id}@evalworkflows", message.MessageId);
        Assert.Contains("1. 场地租赁合同（剩余租期不少于3年）", message.TextBody);
        Assert.Contains("2. 考评员资格证书复印件", message.TextBody);
        Assert.Contains("请于2025年10月20日（星期一）前补正上述全部材料后重新提交。", message.TextBody);
        Assert.Contains("依据：《山东省人力资源和社会保障厅关于做好职业技能考核鉴定机构备案管理工作的通知》（鲁人社字〔2020〕190号）第三部分第2项", message.TextBody);
        Assert.Contains("<li>考评员资格证书复印件</li>", message.HtmlBody);
        Assert.Equal("000 §三.2", message.Headers["X-EvalWorkflows-Basis"]);

        var stored = await App.FindAsync(notice.Id);
        Assert.Equal(NoticeStatus.Sent, stored.Status);
        Assert.Equal(now, stored.SentAt);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task Markup_in_a_variable_is_escaped_in_the_html_body_and_kept_as_typed_in_the_text_body()
    {
        const string name = "<script>alert('x')</script>评价中心&Co";
        await App.RunSendTaskAsync(SendTask.FilingCorrection("markup@example.cn", name));

        await App.DeliverDueAsync();

        var message = Assert.Single(await Smtp.WaitForMessagesToAsync("markup@example.cn"));
        Assert.Contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;评价中心&amp;Co：</p>", message.HtmlBody);
        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("\n" + name + "：\n", message.TextBody!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_copy_goes_to_the_cc_address()
    {
        var task = SendTask.FilingCorrection("with-copy@example.cn");
        task = task with { Properties = new Dictionary<string, string>(task.Properties) { ["cc"] = "archive@jd.example.cn" } };
        await App.RunSendTaskAsync(task);

        await App.DeliverDueAsync();

        var message = Assert.Single(await Smtp.WaitForMessagesToAsync("with-copy@example.cn"));
        Assert.Equal("archive@jd.example.cn", Assert.Single(message.Cc.Mailboxes).Address);
        Assert.Contains("archive@jd.example.cn", message.Headers["X-RcptTo"]);
    }

    [Fact]
    public async Task With_the_server_down_a_notice_waits_and_retries_then_arrives_exactly_once()
    {
        await Smtp.StopAsync();
        try
        {
            var notice = await App.RunSendTaskAsync(SendTask.FilingCorrection("outage@example.cn"));

            Assert.Equal(1, (await App.DeliverDueAsync()).Retrying);
            var waiting = await App.FindAsync(notice.Id);
            Assert.Equal(NoticeStatus.Retrying, waiting.Status);
            Assert.Equal(1, waiting.Attempts);
            Assert.False(string.IsNullOrEmpty(waiting.LastError));
            Assert.Equal(App.Time.GetUtcNow().AddSeconds(30), waiting.NextAttemptAt);

            // Not due yet: a sweep before the back-off ends leaves it alone.
            await App.DeliverDueAsync();
            Assert.Equal(1, (await App.FindAsync(notice.Id)).Attempts);

            App.Time.Advance(TimeSpan.FromSeconds(31));
            await App.DeliverDueAsync();
            var second = await App.FindAsync(notice.Id);
            Assert.Equal(2, second.Attempts);
            Assert.Equal(App.Time.GetUtcNow().AddSeconds(60), second.NextAttemptAt);

            var listed = (await App.ClientAs("auditor").GetFromJsonAsync<Paged<NoticeView>>($"/api/notices?instanceId={notice.InstanceId}"))!.Items;
            var view = Assert.Single(listed!);
            Assert.Equal(("retrying", 2), (view.Status, view.Attempts));
            Assert.NotNull(view.LastError);

            await Smtp.StartAsync();
            App.Time.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(1, (await App.DeliverDueAsync()).Sent);
            await App.DeliverDueAsync();
            App.Time.Advance(TimeSpan.FromHours(2));
            await App.DeliverDueAsync();

            Assert.Single(await Smtp.WaitForMessagesToAsync("outage@example.cn"));
            var sent = await App.FindAsync(notice.Id);
            Assert.Equal((NoticeStatus.Sent, 3), (sent.Status, sent.Attempts));
            Assert.Null(sent.LastError);
        }
        finally
        {
            await Smtp.StartAsync();
        }
    }

    [Fact]
    public async Task A_message_the_server_refuses_for_good_is_kept_as_failed_until_an_admin_retries_it()
    {
        // Without its tmp folder the Maildir cannot store the message: aiosmtpd answers 500.
        var tmp = Path.Combine(Smtp.MailDir, "tmp");
        Directory.Delete(tmp, recursive: true);
        Notice notice;
        try
        {
            notice = await App.RunSendTaskAsync(SendTask.FilingCorrection("refused@example.cn"));
            Assert.Equal(1, (await App.DeliverDueAsync()).Failed);
        }
        finally
        {
            Directory.CreateDirectory(tmp);
        }
        var failed = await App.FindAsync(notice.Id);
        Assert.Equal((NoticeStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.StartsWith("SMTP 500", failed.LastError);
        App.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await App.DeliverDueAsync()).Failed);

        Assert.Equal(HttpStatusCode.Forbidden, (await App.ClientAs("auditor").PostAsync($"/api/notices/{notice.Id}/retry", null)).StatusCode);
        var retried = await App.ClientAs("admin").PostAsync($"/api/notices/{notice.Id}/retry", null);
        Assert.Equal("retrying", (await retried.Content.ReadFromJsonAsync<NoticeView>())!.Status);
        Assert.Equal(1, (await App.DeliverDueAsync()).Sent);
        Assert.Single(await Smtp.WaitForMessagesToAsync("refused@example.cn"));
        var again = await App.ClientAs("admin").PostAsync($"/api/notices/{notice.Id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Two_delivery_runs_at_the_same_time_send_each_notice_once()
    {
        string[] recipients = ["race-1@example.cn", "race-2@example.cn", "race-3@example.cn"];
        foreach (var r in recipients) await App.RunSendTaskAsync(SendTask.FilingCorrection(r));

        var runs = await Task.WhenAll(App.DeliverDueAsync(), App.DeliverDueAsync());

        Assert.True(runs.Sum(r => r.Sent) >= 3);
        foreach (var r in recipients) Assert.Single(await Smtp.WaitForMessagesToAsync(r));
    }

    [Fact]
    public async Task Auditors_list_notices_with_what_was_sent_and_its_delivery_state()
    {
        var now = App.Time.GetUtcNow();
        var notice = await App.RunSendTaskAsync(SendTask.FilingCorrection("listed@example.cn"));
        await App.DeliverDueAsync();

        var listed = (await App.ClientAs("auditor").GetFromJsonAsync<Paged<NoticeView>>(
            "/api/notices?institutionId=5b0d7f0e-3c1a-4c55-9d3e-2f1e8a6b7c90&template=filing-correction&status=sent"))!.Items;

        var view = Assert.Single(listed!, n => n.Id == notice.Id);
        Assert.Equal("filing-correction", view.Template);
        Assert.Equal("listed@example.cn", view.To);
        Assert.Equal("000 §三.2", view.Basis);
        Assert.Equal("sent", view.Status);
        Assert.Equal(now, view.QueuedAt);
        Assert.Equal(now, view.SentAt);
        Assert.Equal("F-2025-001", view.BusinessKey);
        Assert.Contains("考评员资格证书复印件", view.Body);
        Assert.Contains("<li>考评员资格证书复印件</li>", view.Html);
        Assert.Equal($"<{notice.Id}@evalworkflows>", view.MessageId);
    }

    [Fact]
    public async Task Only_auditors_and_admins_may_list_notices()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.ClientAs(null).GetAsync("/api/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await App.ClientAs("clerk").GetAsync("/api/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.ClientAs("admin").GetAsync("/api/notices")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_refused_with_a_problem_naming_the_field()
    {
        var response = await App.ClientAs("auditor").GetAsync("/api/notices?status=lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(("NOTICE_STATUS_INVALID", "status"), (problem!.Code, problem.Field));
    }
}

/// <summary>The problem-details fields the API promises.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, string? Code, string? Field, List<ProblemError>? Errors);

public sealed record ProblemError(int Line, int Column, string Message);
