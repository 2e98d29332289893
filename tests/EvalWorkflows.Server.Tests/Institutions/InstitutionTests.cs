using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Filings;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Institutions;

public sealed class InstitutionTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Institution_is_created_with_a_login_that_sees_only_its_own_record()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var created = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00011J")))
            .ReadAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var other = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00021K", "370200")))
            .ReadAsync(HttpStatusCode.Created);

        var institution = app.Anonymous();
        (await institution.PostAsJsonAsync("/api/auth/login", new
        {
            userName = created.GetProperty("userName").GetString(), password = created.GetProperty("password").GetString(),
        })).EnsureSuccessStatusCode();
        var own = await (await institution.GetAsync($"/api/institutions/{id}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("91370100MA3C00011J", own.GetProperty("creditCode").GetString());
        Assert.Equal("enterprise", own.GetProperty("kind").GetString());
        await (await institution.GetAsync($"/api/institutions/{other.GetProperty("id").GetGuid()}"))
            .ReadProblemAsync(HttpStatusCode.NotFound, "INSTITUTION_NOT_FOUND");
        await (await institution.GetAsync("/api/institutions")).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (await institution.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00031L")))
            .ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Credit_code_with_a_wrong_check_character_is_refused_naming_the_field()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var problem = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00041A")))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("creditCode", problem.GetProperty("field").GetString());
        Assert.Contains("校验位", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Second_institution_with_the_same_credit_code_is_a_conflict_and_creates_no_login()
    {
        var admin = await app.LoginAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00051N"))).EnsureSuccessStatusCode();
        var problem = await (await admin.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00051N")))
            .ReadProblemAsync(HttpStatusCode.Conflict, "INSTITUTION_EXISTS");
        Assert.Equal("creditCode", problem.GetProperty("field").GetString());
        var all = (await (await admin.GetAsync("/api/institutions")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Single(all.EnumerateArray(), i => i.GetProperty("creditCode").GetString() == "91370100MA3C00051N");
    }

    [Fact]
    public async Task Authority_must_be_the_province_or_a_six_digit_city_code()
    {
        var clerk = await app.LoginAsAsync("clerk");
        var problem = await (await clerk.PostAsJsonAsync("/api/institutions", FilingDriver.InstitutionBody("91370100MA3C00041M", "济南")))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("authority", problem.GetProperty("field").GetString());
    }
}
