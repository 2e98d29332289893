using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）, day by day.</summary>
public sealed class OfficialDays2024Tests
{
    public static TheoryData<string, DayKind, string> Days => new()
    {
        { "2024-01-01", DayKind.Holiday, "元旦" },
        { "2024-02-04", DayKind.MakeupWorkday, "春节" },
        { "2024-02-10", DayKind.Holiday, "春节" },
        { "2024-02-11", DayKind.Holiday, "春节" },
        { "2024-02-12", DayKind.Holiday, "春节" },
        { "2024-02-13", DayKind.Holiday, "春节" },
        { "2024-02-14", DayKind.Holiday, "春节" },
        { "2024-02-15", DayKind.Holiday, "春节" },
        { "2024-02-16", DayKind.Holiday, "春节" },
        { "2024-02-17", DayKind.Holiday, "春节" },
        { "2024-02-18", DayKind.MakeupWorkday, "春节" },
        { "2024-04-04", DayKind.Holiday, "清明节" },
        { "2024-04-05", DayKind.Holiday, "清明节" },
        { "2024-04-06", DayKind.Holiday, "清明节" },
        { "2024-04-07", DayKind.MakeupWorkday, "清明节" },
        { "2024-04-28", DayKind.MakeupWorkday, "劳动节" },
        { "2024-05-01", DayKind.Holiday, "劳动节" },
        { "2024-05-02", DayKind.Holiday, "劳动节" },
        { "2024-05-03", DayKind.Holiday, "劳动节" },
        { "2024-05-04", DayKind.Holiday, "劳动节" },
        { "2024-05-05", DayKind.Holiday, "劳动节" },
        { "2024-05-11", DayKind.MakeupWorkday, "劳动节" },
        { "2024-06-10", DayKind.Holiday, "端午节" },
        { "2024-09-14", DayKind.MakeupWorkday, "中秋节" },
        { "2024-09-15", DayKind.Holiday, "中秋节" },
        { "2024-09-16", DayKind.Holiday, "中秋节" },
        { "2024-09-17", DayKind.Holiday, "中秋节" },
        { "2024-09-29", DayKind.MakeupWorkday, "国庆节" },
        { "2024-10-01", DayKind.Holiday, "国庆节" },
        { "2024-10-02", DayKind.Holiday, "国庆节" },
        { "2024-10-03", DayKind.Holiday, "国庆节" },
        { "2024-10-04", DayKind.Holiday, "国庆节" },
        { "2024-10-05", DayKind.Holiday, "国庆节" },
        { "2024-10-06", DayKind.Holiday, "国庆节" },
        { "2024-10-07", DayKind.Holiday, "国庆节" },
        { "2024-10-12", DayKind.MakeupWorkday, "国庆节" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Each_day_of_the_2024_notice_is_a_holiday_or_makeup_workday_of_its_festival(string date, DayKind kind, string name) =>
        OfficialDays.AssertDay(date, kind, name);

    [Fact]
    public void No_other_day_of_2024_is_a_holiday_or_makeup_workday() => OfficialDays.AssertNoOtherDays(2024, Days);
}
