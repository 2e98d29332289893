using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>The <c>notice</c> send task: what it reads from the BPMN and the variables, and what it refuses.</summary>
public sealed class NoticeTaskHandlerTests : IAsyncLifetime
{
    private readonly NoticeApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        NoticeApp.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task The_notice_records_template_recipients_basis_instance_and_institution()
    {
        var task = SendTask.FilingCorrection("records@example.cn");

        var notice = await _app.RunSendTaskAsync(task);

        Assert.Equal(("filing-correction", "records@example.cn", "000 §三.2"), (notice.Template, notice.To, notice.Basis));
        Assert.Equal((task.InstanceId, "F-2025-001", "send_notice"), (notice.InstanceId!.Value, notice.BusinessKey, notice.ElementId));
        Assert.Equal(Guid.Parse("5b0d7f0e-3c1a-4c55-9d3e-2f1e8a6b7c90"), notice.InstitutionId);
        Assert.Equal((NoticeStatus.Queued, 0, NoticeApp.Start), (notice.Status, notice.Attempts, notice.QueuedAt));
        Assert.Equal($"<{notice.Id}@evalworkflows>", notice.MessageId);
    }

    [Fact]
    public async Task A_literal_recipient_list_and_the_task_basis_take_the_place_of_the_template_defaults()
    {
        var notice = await _app.RunSendTaskAsync(new SendTask
        {
            Properties = new Dictionary<string, string>
            {
                ["template"] = "deadline-reminder",
                ["to"] = "plans@example.cn; 张经理 <zhang@example.cn>",
                ["basis"] = "002 §四(一)",
            },
            Variables = new Dictionary<string, object?>
            {
                ["recipient_name"] = "烟台市职业技能评价中心",
                ["matter"] = "2025年第4批次考核计划报送",
                ["due_date"] = "2025-10-13",
                ["days_left"] = 2,
            },
        });

        Assert.Equal("plans@example.cn, \"张经理\" <zhang@example.cn>", notice.To);
        Assert.Equal("002 §四(一)", notice.Basis);
        Assert.Equal("提醒：2025年第4批次考核计划报送将于2025年10月13日（星期一）截止", notice.Subject);
        Assert.Contains("距截止还有 2 个工作日", notice.TextBody);
        Assert.Contains("依据：《山东省人力资源和社会保障厅关于开展社会培训评价组织职业技能等级认定试点工作的通知》（鲁人社字〔2020〕50号）第四部分第（一）项", notice.TextBody);
        Assert.Null(notice.InstitutionId);
    }

    [Fact]
    public async Task Recipients_may_come_from_a_list_variable()
    {
        var task = SendTask.FilingCorrection("unused@example.cn");
        var notice = await _app.RunSendTaskAsync(task with
        {
            Properties = new Dictionary<string, string> { ["template"] = "filing-correction", ["to"] = "contacts" },
            Variables = new Dictionary<string, object?>(task.Variables)
            {
                ["contacts"] = new List<string> { "a@example.cn", "b@example.cn" },
            },
        });

        Assert.Equal("a@example.cn, b@example.cn", notice.To);
    }

    [Theory]
    [InlineData("institution_email", "", "没有有效的邮箱地址")]
    [InlineData("institution_email", "not-an-address", "无效的邮箱地址：not-an-address")]
    [InlineData("missing_variable", "x@example.cn", "没有有效的邮箱地址")]
    public async Task A_send_task_without_a_valid_recipient_fails_clearly_and_queues_nothing(string to, string email, string expected)
    {
        var task = SendTask.FilingCorrection(email);
        task = task with { Properties = new Dictionary<string, string>(task.Properties) { ["to"] = to } };

        var error = await Assert.ThrowsAsync<NoticeException>(() => _app.RunSendTaskAsync(task));

        Assert.Contains(expected, error.Message);
        Assert.Contains("send_notice", error.Message);
        Assert.Equal(0, (await _app.DeliverDueAsync()).Sent);
    }

    [Fact]
    public async Task An_unknown_template_fails_the_task_with_its_name()
    {
        var task = SendTask.FilingCorrection("x@example.cn");
        task = task with { Properties = new Dictionary<string, string>(task.Properties) { ["template"] = "no-such-notice" } };

        var error = await Assert.ThrowsAsync<NoticeException>(() => _app.RunSendTaskAsync(task));

        Assert.Contains("通知模板“no-such-notice”不存在", error.Message);
    }
}
