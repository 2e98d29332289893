using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Institutions;

public sealed class ContactCorrectionTests(TestApp app) : IClassFixture<TestApp>
{
    private static string CreditCode(string first17) => first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

    [Fact]
    public async Task A_corrected_mail_address_is_kept_in_history_and_the_running_filing_sends_its_next_notice_there()
    {
        var d = await FilingDriver.StartAsync(app, creditCode: CreditCode("91370100MA3C0C011"));
        var (_, instanceId) = await d.SubmitAsync();

        var corrected = await (await d.Institution.PatchAsJsonAsync($"/api/institutions/{d.InstitutionId}/contact",
            new { email = "banshi@jinan-skills.example.cn", contactPhone = "0531-88880000", reason = "原联系邮箱停用" }))
            .ReadAsync(HttpStatusCode.OK);
        Assert.Equal(1, corrected.GetProperty("updatedInstances").GetInt32());
        Assert.Equal(2, corrected.GetProperty("changes").GetArrayLength());

        var review = await d.OpenTaskAsync(d.Clerk, instanceId);
        (await d.CompleteAsync(d.Clerk, review, "correct", new
        {
            correction_items = new object[] { new { material = "assessor-roster", description = "未提交考评人员名册" } },
        })).EnsureSuccessStatusCode();
        var notice = await d.NoticeAsync(instanceId, "filing-correction");
        Assert.Equal("banshi@jinan-skills.example.cn", notice.GetProperty("to").GetString());

        var history = await (await d.Clerk.GetAsync($"/api/institutions/{d.InstitutionId}/contact-history")).ReadAsync(HttpStatusCode.OK);
        var email = Assert.Single(history.EnumerateArray(), c => c.GetProperty("field").GetString() == "email");
        Assert.Equal(FilingDriver.InstitutionEmail, email.GetProperty("oldValue").GetString());
        Assert.Equal("banshi@jinan-skills.example.cn", email.GetProperty("newValue").GetString());
        Assert.Equal("原联系邮箱停用", email.GetProperty("reason").GetString());
        var instance = await (await d.Admin.GetAsync($"/api/instances/{instanceId}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("banshi@jinan-skills.example.cn", instance.GetProperty("variables").GetProperty("institution_email").GetString());
    }

    [Fact]
    public async Task An_address_notices_cannot_reach_is_refused_naming_the_field_and_nothing_changes()
    {
        var d = await FilingDriver.StartAsync(app, creditCode: CreditCode("91370100MA3C0C021"));
        var problem = await (await d.Clerk.PatchAsJsonAsync($"/api/institutions/{d.InstitutionId}/contact",
            new { email = "banshi@", contactName = "王五" })).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("reason", out _));
        var institution = await (await d.Clerk.GetAsync($"/api/institutions/{d.InstitutionId}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(FilingDriver.InstitutionEmail, institution.GetProperty("email").GetString());
        var history = await (await d.Clerk.GetAsync($"/api/institutions/{d.InstitutionId}/contact-history")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(0, history.GetArrayLength());
    }

    [Fact]
    public async Task An_institution_cannot_correct_another_institutions_details()
    {
        var first = await FilingDriver.StartAsync(app, creditCode: CreditCode("91370100MA3C0C031"));
        var second = await FilingDriver.StartAsync(app, creditCode: CreditCode("91370100MA3C0C041"));
        await (await first.Institution.PatchAsJsonAsync($"/api/institutions/{second.InstitutionId}/contact",
            new { contactName = "冒名", reason = "试探" })).ReadProblemAsync(HttpStatusCode.NotFound, "INSTITUTION_NOT_FOUND");
        var supervisor = await app.LoginAsAsync("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PatchAsJsonAsync($"/api/institutions/{second.InstitutionId}/contact",
            new { contactName = "冒名", reason = "试探" })).StatusCode);
    }
}
