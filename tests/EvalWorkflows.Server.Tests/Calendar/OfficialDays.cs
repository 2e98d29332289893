using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>Shared assertions of the per-year notice tests against the calendar as shipped.</summary>
internal static class OfficialDays
{
    private static readonly WorkingDayCalendar Shipped = new();

    public static void AssertDay(string date, DayKind kind, string name)
    {
        var day = Shipped.DescribeDay(DateOnly.Parse(date));
        Assert.Equal((kind, name), (day.Kind, day.Name));
        Assert.Equal(kind == DayKind.MakeupWorkday, day.Working);
        Assert.Empty(day.Warnings);
    }

    public static void AssertNoOtherDays(int year, TheoryData<string, DayKind, string> listed)
    {
        var expected = listed.Select(row => (string)row[0]).Order().ToList();
        var actual = new List<string>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            if (Shipped.DescribeDay(d).Kind is DayKind.Holiday or DayKind.MakeupWorkday)
                actual.Add(IsoDate.Format(d));
        Assert.Equal(expected, actual);
    }
}
