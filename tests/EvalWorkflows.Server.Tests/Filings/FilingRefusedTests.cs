using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingRefusedTests
{
    [Fact]
    public async Task Refused_filing_gets_a_notice_with_its_reasons_and_never_appears_on_the_register()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, instanceId) = await d.SubmitAsync();
        var review = await d.OpenTaskAsync(d.Clerk, instanceId);

        var bare = await d.CompleteAsync(d.Clerk, review, "refuse");
        var problem = await bare.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "REFUSAL_REASONS_REQUIRED");
        Assert.Equal("refusal_reasons", problem.GetProperty("field").GetString());

        (await d.CompleteAsync(d.Clerk, review, "refuse", new { refusal_reasons = new[] { "申请单位无独立法人资格", "无理论考试场地" } }))
            .EnsureSuccessStatusCode();
        var filing = await d.FilingAsync(filingId);
        Assert.Equal("refused", filing.GetProperty("status").GetString());
        Assert.Equal("申请单位无独立法人资格；无理论考试场地", filing.GetProperty("statusHistory")[0].GetProperty("note").GetString());
        Assert.Equal("clerk", filing.GetProperty("statusHistory")[0].GetProperty("actor").GetString());
        var notice = await d.NoticeAsync(instanceId, "filing-refused");
        Assert.Equal(FilingDriver.InstitutionEmail, notice.GetProperty("to").GetString());
        Assert.Contains("1. 申请单位无独立法人资格", notice.GetProperty("body").GetString());
        Assert.Contains("2. 无理论考试场地", notice.GetProperty("body").GetString());
        Assert.Equal("completed", (await d.Admin.GetInstanceAsync(instanceId)).GetProperty("status").GetString());
        Assert.Empty((await (await app.Anonymous().GetAsync("/api/register")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }
}
