using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingApplicationTests
{
    [Fact]
    public async Task Application_with_a_malformed_occupation_code_is_refused_and_nothing_is_stored()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var bad = new
        {
            scope = new[] { new { occupationCode = "6181", occupationName = "焊工", levels = new[] { 5 } } },
            premises = new { officeAreaM2 = 60, tenureYears = 3 },
        };
        var problem = await (await d.Institution.PostAsJsonAsync("/api/filings", bad)).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("scope[0].occupationCode", problem.GetProperty("field").GetString());
        var badLevel = new
        {
            scope = new[] { new { occupationCode = "6-18-02-04", occupationName = "焊工", levels = new[] { 6 } } },
            premises = new { officeAreaM2 = 60, tenureYears = 3 },
        };
        problem = await (await d.Institution.PostAsJsonAsync("/api/filings", badLevel)).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("scope[0].levels", problem.GetProperty("field").GetString());
        Assert.Empty((await (await d.Clerk.GetAsync("/api/filings")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Staff_cannot_file_for_an_institution_and_another_institution_cannot_read_the_filing()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var (filingId, _) = await d.SubmitAsync();
        await (await d.Clerk.PostAsJsonAsync("/api/filings", FilingDriver.Application())).ReadProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        var other = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00011J");
        await (await other.Institution.GetAsync($"/api/filings/{filingId}")).ReadProblemAsync(HttpStatusCode.NotFound, "FILING_NOT_FOUND");
        Assert.Equal("submitted", (await (await d.Institution.GetAsync($"/api/filings/{filingId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var listed = (await (await d.Clerk.GetAsync($"/api/filings?status=submitted&institutionId={d.InstitutionId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal(filingId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        await (await d.Clerk.GetAsync("/api/filings?status=nonsense")).ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Application_whose_workflow_cannot_start_leaves_no_filing_behind()
    {
        var empty = Directory.CreateTempSubdirectory("no-workflows-").FullName;
        using var app = new TestApp().With("Workflows:Path", empty);
        var d = await FilingDriver.StartAsync(app);
        var refused = await d.Institution.PostAsJsonAsync("/api/filings", FilingDriver.Application());
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Empty((await (await d.Clerk.GetAsync("/api/filings")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Directory.Delete(empty);
    }
}
