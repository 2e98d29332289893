using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>An admin enters the (made-up, test-only) 2027 notice over HTTP; everyone's deadlines follow.</summary>
public sealed class CalendarAdminEndpointTests(CalendarApp app) : IClassFixture<CalendarApp>
{
    private static readonly object Fictional2027 = new
    {
        notice = "测试用虚构通知：2027年部分节假日安排（国办发明电〔2026〕99号）",
        holidays = Enumerable.Range(1, 7).Select(d => new { date = $"2027-10-0{d}", name = "国庆节" }),
        makeupWorkdays = new[] { new { date = "2027-09-26", name = "国庆节" } },
        reason = "国务院办公厅发布 2027 年放假安排",
    };

    [Fact]
    public async Task An_admin_correction_changes_public_deadlines_and_the_year_list_shows_who_and_when()
    {
        var put = await Send(HttpMethod.Put, "/api/calendar/years/2027", "admin-wang", "admin", Fictional2027);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var deadline = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/calendar/working-days?from=2027-09-29&add=5");
        Assert.Equal("2027-10-13", deadline.GetProperty("date").GetString());

        var list = await (await Send(HttpMethod.Get, "/api/calendar/years", "auditor-zhao", "auditor")).Content.ReadFromJsonAsync<JsonElement>();
        var year = list.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2027);
        Assert.Equal("correction", year.GetProperty("source").GetString());
        Assert.Equal("admin-wang", year.GetProperty("changedBy").GetString());
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)), year.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal(7, year.GetProperty("holidays").GetInt32());
        Assert.Equal(0, list.GetProperty("uncoveredYears").GetArrayLength());
    }

    [Fact]
    public async Task An_invalid_correction_is_a_400_problem_listing_every_error()
    {
        var bad = new { notice = "", holidays = new[] { new { date = "2028-10-01", name = "国庆节" } }, reason = "补录" };

        var response = await Send(HttpMethod.Put, "/api/calendar/years/2028", "admin-wang", "admin", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("CALENDAR_NOTICE_MISSING", "notice"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(1, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "/api/calendar/years/2028", "admin-wang", "admin")).StatusCode);
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData("clerk-li", "clerk", HttpStatusCode.Forbidden)]
    [InlineData("auditor-zhao", "auditor", HttpStatusCode.Forbidden)]
    public async Task Only_an_admin_may_correct_the_calendar(string? user, string? role, HttpStatusCode expected) =>
        Assert.Equal(expected, (await Send(HttpMethod.Put, "/api/calendar/years/2027", user, role, Fictional2027)).StatusCode);

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? user, string? role, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (user is not null) request.Headers.Add("X-Test-User", user);
        if (role is not null) request.Headers.Add("X-Test-Role", role);
        return await app.CreateClient().SendAsync(request);
    }
}
