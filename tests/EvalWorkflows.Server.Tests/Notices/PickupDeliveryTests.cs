using EvalWorkflows.Server.Notices;
using MimeKit;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>With no SMTP host configured, notices become .eml files in the pickup folder.</summary>
public sealed class PickupDeliveryTests : IAsyncLifetime
{
    private readonly NoticeApp _app = new(smtpPort: null);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        NoticeApp.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Without_an_smtp_host_a_notice_is_written_once_to_the_pickup_folder()
    {
        var notice = await _app.RunSendTaskAsync(SendTask.FilingCorrection("pickup@example.cn"));

        Assert.Equal(1, (await _app.DeliverDueAsync()).Sent);
        Assert.Equal(0, (await _app.DeliverDueAsync()).Sent);

        var file = Assert.Single(Directory.GetFiles(_app.PickupDirectory));
        Assert.Equal($"{notice.Id}@evalworkflows.eml", Path.GetFileName(file));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("pickup@example.cn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("关于济南市第一职业技能评价中心职业技能考核鉴定机构备案申请材料补正的一次性告知", message.Subject);
        Assert.Contains("考评员资格证书复印件", message.TextBody);
        Assert.Equal(NoticeStatus.Sent, (await _app.FindAsync(notice.Id)).Status);
    }
}
