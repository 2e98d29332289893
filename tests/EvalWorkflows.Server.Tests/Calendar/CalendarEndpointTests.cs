using EvalWorkflows.Server.Tests.Support;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>The two public calendar paths of docs/api.md, over HTTP.</summary>
public sealed class CalendarEndpointTests(CalendarApp app) : IClassFixture<CalendarApp>
{
    private readonly HttpClient _http = app.CreateClient();

    [SqliteFact]
    public async Task The_server_uses_the_test_class_database_file()
    {
        await _http.GetAsync("/api/calendar/days/2025-10-01");
        Assert.True(File.Exists(app.DatabaseFile));
    }

    [Fact]
    public async Task Five_working_days_from_29_September_2025_is_13_October_without_warnings()
    {
        var answer = await Get("/api/calendar/working-days?from=2025-09-29&add=5");
        Assert.Equal("2025-10-13", answer.GetProperty("date").GetString());
        Assert.Equal(0, answer.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Working_days_may_be_counted_backwards() =>
        Assert.Equal("2025-09-29", (await Get("/api/calendar/working-days?from=2025-10-13&add=-5")).GetProperty("date").GetString());

    [Fact]
    public async Task A_deadline_in_a_year_without_data_comes_with_a_warning()
    {
        var answer = await Get("/api/calendar/working-days?from=2027-09-29&add=5");
        Assert.Equal("2027-10-06", answer.GetProperty("date").GetString());
        Assert.Contains("2027", answer.GetProperty("warnings")[0].GetString());
    }

    [Theory]
    [InlineData("2025-09-28", true, "makeup-workday", "国庆节、中秋节")]
    [InlineData("2025-10-01", false, "holiday", "国庆节、中秋节")]
    [InlineData("2025-10-12", false, "weekend", null)]
    [InlineData("2025-10-13", true, "weekday", null)]
    public async Task A_day_is_described_with_its_kind_and_festival(string date, bool working, string kind, string? name)
    {
        var day = await Get($"/api/calendar/days/{date}");
        Assert.Equal(date, day.GetProperty("date").GetString());
        Assert.Equal(working, day.GetProperty("working").GetBoolean());
        Assert.Equal(kind, day.GetProperty("kind").GetString());
        Assert.Equal(name, day.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/calendar/working-days?add=5", "from", "CALENDAR_DATE_MISSING")]
    [InlineData("/api/calendar/working-days?from=2025-9-29&add=5", "from", "CALENDAR_DATE_INVALID")]
    [InlineData("/api/calendar/working-days?from=2025-09-29", "add", "CALENDAR_ADD_MISSING")]
    [InlineData("/api/calendar/working-days?from=2025-09-29&add=five", "add", "CALENDAR_ADD_INVALID")]
    [InlineData("/api/calendar/working-days?from=2025-09-29&add=1.5", "add", "CALENDAR_ADD_INVALID")]
    [InlineData("/api/calendar/working-days?from=2025-09-29&add=100000", "add", "CALENDAR_ADD_OUT_OF_RANGE")]
    [InlineData("/api/calendar/working-days?from=2025-09-29&add=99999999999", "add", "CALENDAR_ADD_INVALID")]
    [InlineData("/api/calendar/days/2025-02-30", "date", "CALENDAR_DATE_INVALID")]
    [InlineData("/api/calendar/days/tomorrow", "date", "CALENDAR_DATE_INVALID")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string path, string field, string code)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Health_is_degraded_while_next_year_has_no_data() =>
        Assert.Equal("Degraded", await _http.GetStringAsync("/health"));

    private async Task<JsonElement> Get(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
