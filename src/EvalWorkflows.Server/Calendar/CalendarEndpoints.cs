using EvalWorkflows.Server.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;

namespace EvalWorkflows.Server.Calendar;

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        // Anyone: institutions check their own deadlines.
        group.MapGet("/working-days", AddWorkingDays).WithSummary("Add working days to a date (negative counts go back)");
        group.MapGet("/days/{date}", DescribeDay).WithSummary("Describe one day: working or not, and why");

        // Admin pages. The listing names the staff who changed the calendar, so it is not public either.
        group.MapGet("/years", ListYears).WithSummary("List the calendar years known, and the years still uncovered").RequireAuthorization(p => p.RequireRole("admin", "auditor"));
        group.MapGet("/years/{year:int}", GetYear).WithSummary("One year's official holidays and make-up working days").RequireAuthorization(p => p.RequireRole("admin", "auditor"));
        group.MapGet("/years/{year:int}/history", History).WithSummary("Every correction saved for a year, newest first (paged)").RequireAuthorization(p => p.RequireRole("admin", "auditor")).WithRequestValidation();
        group.MapPut("/years/{year:int}", CorrectYear).WithSummary("Correct a year's official days from the State Council notice").RequireAuthorization(p => p.RequireRole("admin")).WithRequestValidation();
        return app;
    }

    private static Results<Ok<WorkingDaysAnswer>, ProblemHttpResult> AddWorkingDays(
        [Description("The start date, ISO yyyy-MM-dd.")] string? from,
        [Description("How many working days to add, an integer; negative counts go back.")] string? add, WorkingDayCalendar calendar)
    {
        if (CalendarProblems.ReadDate(from, "from", out var start) is { } badDate) return CalendarProblems.Invalid(badDate);
        if (CalendarProblems.ReadAdd(add, "add", out var days) is { } badAdd) return CalendarProblems.Invalid(badAdd);
        var result = calendar.AddWorkingDays(start, days);
        return TypedResults.Ok(new WorkingDaysAnswer(result.Value, result.Warnings));
    }

    private static Results<Ok<DayInfo>, ProblemHttpResult> DescribeDay(
        [Description("The date, ISO yyyy-MM-dd.")] string date, WorkingDayCalendar calendar) =>
        CalendarProblems.ReadDate(date, "date", out var day) is { } bad
            ? CalendarProblems.Invalid(bad)
            : TypedResults.Ok(calendar.DescribeDay(day));

    private static Ok<YearList> ListYears(WorkingDayCalendar calendar, TimeProvider time) =>
        TypedResults.Ok(new YearList(calendar.Years.Select(YearSummary.Of).ToList(), calendar.UncoveredYearsThroughNextYear(time)));

    private static Results<Ok<YearDetail>, NotFound> GetYear([Description("The calendar year, e.g. 2025.")] int year, WorkingDayCalendar calendar) =>
        calendar.Years.FirstOrDefault(y => y.Year == year) is { } found
            ? TypedResults.Ok(YearDetail.Of(found))
            : TypedResults.NotFound();

    /// <summary>Every correction saved for the year, newest first, one page at a time: the calendar's audit trail.</summary>
    private static async Task<Ok<Paged<YearSummary>>> History([Description("The calendar year, e.g. 2025.")] int year, [AsParameters] PageQuery page,
        CalendarCorrections corrections, CancellationToken ct) =>
        TypedResults.Ok((await corrections.HistoryAsync(year, page, ct)).Select(YearSummary.Of));

    private static async Task<Results<Ok<YearDetail>, ProblemHttpResult>> CorrectYear(
        [Description("The calendar year to correct, e.g. 2025.")] int year,
        YearCorrectionRequest? request, HttpContext http, CalendarCorrections corrections, CancellationToken ct)
    {
        var outcome = await corrections.CorrectYearAsync(year, request, http.User.Identity?.Name, ct);
        return outcome.IsValid ? TypedResults.Ok(YearDetail.Of(outcome.Year!)) : CalendarProblems.Invalid(outcome.Errors);
    }
}
