using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>Every refused correction names its field and stable code, explains itself in Chinese, and stores nothing.</summary>
public sealed class InvalidCorrectionTests : IAsyncLifetime
{
    private readonly CorrectionBench _bench = new();

    private static YearCorrectionRequest Valid => CorrectionBench.Fictional2027();

    public static TheoryData<string, int, YearCorrectionRequest?, string, string> Cases => new()
    {
        { "date outside the year", 2027, Valid with { Holidays = [new("2027-10-01", "国庆节"), new("2026-10-01", "国庆节")] },
            "CALENDAR_DATE_OUTSIDE_YEAR", "holidays[1].date" },
        { "holiday and makeup workday at once", 2027, Valid with { MakeupWorkdays = [new("2027-10-02", "国庆节")] },
            "CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY", "makeupWorkdays[0].date" },
        { "makeup workday on a Wednesday", 2027, Valid with { MakeupWorkdays = [new("2027-09-26", null), new("2027-09-29", "国庆节")] },
            "CALENDAR_MAKEUP_NOT_WEEKEND", "makeupWorkdays[1].date" },
        { "no notice", 2027, Valid with { Notice = "  " }, "CALENDAR_NOTICE_MISSING", "notice" },
        { "not a date", 2027, Valid with { Holidays = [new("2027-02-30", "春节")] }, "CALENDAR_DATE_INVALID", "holidays[0].date" },
        { "holiday without a name", 2027, Valid with { Holidays = [new("2027-10-01", "")] }, "CALENDAR_HOLIDAY_NAME_MISSING", "holidays[0].name" },
        { "same date twice", 2027, Valid with { Holidays = [new("2027-10-01", "国庆节"), new("2027-10-01", "国庆节")] },
            "CALENDAR_DATE_DUPLICATE", "holidays[1].date" },
        { "no holidays at all", 2027, Valid with { Holidays = [] }, "CALENDAR_HOLIDAYS_MISSING", "holidays" },
        { "year out of range", 1899, Valid, "CALENDAR_YEAR_OUT_OF_RANGE", "year" },
        { "no body", 2027, null, "CALENDAR_BODY_MISSING", "body" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_invalid_correction_is_refused_with_its_field_and_nothing_is_stored(
        string why, int year, YearCorrectionRequest? request, string code, string field)
    {
        var outcome = await _bench.Corrections.CorrectYearAsync(year, request, "admin-wang", default);

        Assert.False(outcome.IsValid, why);
        var error = outcome.Errors[0];
        Assert.Equal((code, field), (error.Code, error.Field));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Detail);
        Assert.Equal(0, await _bench.StoredCorrections());
        Assert.DoesNotContain(_bench.Calendar.Years, y => y.Year == 2027);
    }

    [Fact]
    public async Task Every_problem_of_a_correction_is_reported_at_once()
    {
        var bad = new YearCorrectionRequest
        {
            Notice = null,
            Holidays = [new("2027-13-01", "春节")],
            MakeupWorkdays = [new("2027-09-29", null)],
        };

        var outcome = await _bench.Corrections.CorrectYearAsync(2027, bad, "admin-wang", default);

        Assert.Equal(["notice", "holidays[0].date", "makeupWorkdays[0].date", "reason"], outcome.Errors.Select(e => e.Field));
        Assert.Equal("REASON_REQUIRED", outcome.Errors[^1].Code);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bench.DisposeAsync().AsTask();
}
