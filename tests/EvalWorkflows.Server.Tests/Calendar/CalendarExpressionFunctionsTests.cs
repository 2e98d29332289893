using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>The calendar as workflow definitions use it: real Scriban expressions over instance variables.</summary>
public sealed class CalendarExpressionFunctionsTests
{
    private readonly ScribanExpressions _expressions = new([new CalendarExpressionFunctions(new WorkingDayCalendar())]);

    private object? Eval(string expression, params (string Name, object? Value)[] variables) =>
        _expressions.Evaluate(expression, variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Add_working_days_over_National_Day_2025_gives_the_date_as_text() =>
        Assert.Equal("2025-10-13", Eval("add_working_days(d, 5)", ("d", "2025-09-29")));

    [Fact]
    public void Add_working_days_backwards_takes_a_negative_count() =>
        Assert.Equal("2025-09-29", Eval("add_working_days(d, -5)", ("d", "2025-10-13")));

    [Fact]
    public void Dates_may_be_DateOnly_DateTime_or_an_instant_taken_at_its_Beijing_date()
    {
        Assert.Equal("2025-10-13", Eval("add_working_days(d, 5)", ("d", new DateOnly(2025, 9, 29))));
        Assert.Equal("2025-10-13", Eval("add_working_days(d, 5)", ("d", new DateTime(2025, 9, 29, 10, 0, 0))));
        // 17:00 UTC on 28 September is 01:00 on 29 September in Beijing.
        Assert.Equal("2025-10-13", Eval("add_working_days(d, 5)", ("d", new DateTimeOffset(2025, 9, 28, 17, 0, 0, TimeSpan.Zero))));
        Assert.Equal("2025-10-13", Eval("add_working_days(d, 5)", ("d", "2025-09-28T17:00:00+00:00")));
    }

    [Fact]
    public void At_gives_an_office_hour_instant_in_Beijing_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 9, 0, 0, TimeSpan.FromHours(8)), Eval("at(add_days_exact(d, -60), \"09:00\")", ("d", "2026-03-09")));
        Assert.ThrowsAny<Exception>(() => Eval("at(d, \"9 o'clock\")", ("d", "2026-03-09")));
    }

    [Fact]
    public void A_rest_day_moves_back_to_the_last_working_day_before_it()
    {
        // Saturday 2026-02-07 → Friday 02-06; Spring Festival Monday 2026-02-16 → makeup Saturday 02-14.
        Assert.Equal("2026-02-06", Eval("working_day_on_or_before(d)", ("d", "2026-02-07")));
        Assert.Equal("2026-02-14", Eval("working_day_on_or_before(d)", ("d", "2026-02-16")));
        Assert.Equal("2026-02-24", Eval("working_day_on_or_before(d)", ("d", "2026-02-24")));
    }

    [Fact]
    public void Counts_read_back_from_stored_JSON_variables_work()
    {
        var variables = ScriptValues.ParseJson("""{"acceptedOn":"2026-02-12","days":3}""");
        Assert.Equal("2026-02-24", _expressions.Evaluate("add_working_days(acceptedOn, days)", variables));
    }

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start() =>
        Assert.Equal(5, Eval("working_days_between('2025-09-29', '2025-10-13')"));

    [Fact]
    public void Next_working_day_skips_the_National_Day_holiday() =>
        Assert.Equal("2025-10-09", Eval("next_working_day('2025-09-30')"));

    [Fact]
    public void End_of_day_is_midnight_after_the_day_in_Beijing_time() =>
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(8)),
            Eval("end_of_day(add_working_days(date(accepted_on), 5))", ("accepted_on", "2025-09-29")));

    [Fact]
    public void Is_working_day_serves_as_a_gateway_condition()
    {
        Assert.True(_expressions.EvaluateCondition("is_working_day(d)", new Dictionary<string, object?> { ["d"] = "2025-09-28" }));
        Assert.False(_expressions.EvaluateCondition("is_working_day(d)", new Dictionary<string, object?> { ["d"] = "2025-10-01" }));
    }

    [Fact]
    public void Add_days_rolls_a_holiday_to_the_next_working_day_and_add_days_exact_does_not()
    {
        Assert.Equal("2025-10-09", Eval("add_days('2025-09-25', 10)"));
        Assert.Equal("2025-10-05", Eval("add_days_exact('2025-09-25', 10)"));
    }

    [Fact]
    public void Date_normalises_text_to_a_plain_date() =>
        Assert.Equal("2025-09-29", Eval("date('2025-09-28T20:00:00Z')"));

    [Fact]
    public void A_text_that_is_no_date_fails_with_the_function_name()
    {
        var error = Assert.ThrowsAny<Exception>(() => Eval("add_working_days('29/09/2025', 5)"));
        Assert.Contains("add_working_days", error.ToString());
        Assert.Contains("不是日期", error.ToString());
    }

    [Fact]
    public void A_fractional_count_fails() =>
        Assert.ThrowsAny<Exception>(() => Eval("add_working_days('2025-09-29', 1.5)"));
}
