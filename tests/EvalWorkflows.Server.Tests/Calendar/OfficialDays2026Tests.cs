using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）, day by day.</summary>
public sealed class OfficialDays2026Tests
{
    public static TheoryData<string, DayKind, string> Days => new()
    {
        { "2026-01-01", DayKind.Holiday, "元旦" },
        { "2026-01-02", DayKind.Holiday, "元旦" },
        { "2026-01-03", DayKind.Holiday, "元旦" },
        { "2026-01-04", DayKind.MakeupWorkday, "元旦" },
        { "2026-02-14", DayKind.MakeupWorkday, "春节" },
        { "2026-02-15", DayKind.Holiday, "春节" },
        { "2026-02-16", DayKind.Holiday, "春节" },
        { "2026-02-17", DayKind.Holiday, "春节" },
        { "2026-02-18", DayKind.Holiday, "春节" },
        { "2026-02-19", DayKind.Holiday, "春节" },
        { "2026-02-20", DayKind.Holiday, "春节" },
        { "2026-02-21", DayKind.Holiday, "春节" },
        { "2026-02-22", DayKind.Holiday, "春节" },
        { "2026-02-23", DayKind.Holiday, "春节" },
        { "2026-02-28", DayKind.MakeupWorkday, "春节" },
        { "2026-04-04", DayKind.Holiday, "清明节" },
        { "2026-04-05", DayKind.Holiday, "清明节" },
        { "2026-04-06", DayKind.Holiday, "清明节" },
        { "2026-05-01", DayKind.Holiday, "劳动节" },
        { "2026-05-02", DayKind.Holiday, "劳动节" },
        { "2026-05-03", DayKind.Holiday, "劳动节" },
        { "2026-05-04", DayKind.Holiday, "劳动节" },
        { "2026-05-05", DayKind.Holiday, "劳动节" },
        { "2026-05-09", DayKind.MakeupWorkday, "劳动节" },
        { "2026-06-19", DayKind.Holiday, "端午节" },
        { "2026-06-20", DayKind.Holiday, "端午节" },
        { "2026-06-21", DayKind.Holiday, "端午节" },
        { "2026-09-20", DayKind.MakeupWorkday, "国庆节" },
        { "2026-09-25", DayKind.Holiday, "中秋节" },
        { "2026-09-26", DayKind.Holiday, "中秋节" },
        { "2026-09-27", DayKind.Holiday, "中秋节" },
        { "2026-10-01", DayKind.Holiday, "国庆节" },
        { "2026-10-02", DayKind.Holiday, "国庆节" },
        { "2026-10-03", DayKind.Holiday, "国庆节" },
        { "2026-10-04", DayKind.Holiday, "国庆节" },
        { "2026-10-05", DayKind.Holiday, "国庆节" },
        { "2026-10-06", DayKind.Holiday, "国庆节" },
        { "2026-10-07", DayKind.Holiday, "国庆节" },
        { "2026-10-10", DayKind.MakeupWorkday, "国庆节" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Each_day_of_the_2026_notice_is_a_holiday_or_makeup_workday_of_its_festival(string date, DayKind kind, string name) =>
        OfficialDays.AssertDay(date, kind, name);

    [Fact]
    public void No_other_day_of_2026_is_a_holiday_or_makeup_workday() => OfficialDays.AssertNoOtherDays(2026, Days);
}
