using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, day by day.</summary>
public sealed class OfficialDays2025Tests
{
    public static TheoryData<string, DayKind, string> Days => new()
    {
        { "2025-01-01", DayKind.Holiday, "元旦" },
        { "2025-01-26", DayKind.MakeupWorkday, "春节" },
        { "2025-01-28", DayKind.Holiday, "春节" },
        { "2025-01-29", DayKind.Holiday, "春节" },
        { "2025-01-30", DayKind.Holiday, "春节" },
        { "2025-01-31", DayKind.Holiday, "春节" },
        { "2025-02-01", DayKind.Holiday, "春节" },
        { "2025-02-02", DayKind.Holiday, "春节" },
        { "2025-02-03", DayKind.Holiday, "春节" },
        { "2025-02-04", DayKind.Holiday, "春节" },
        { "2025-02-08", DayKind.MakeupWorkday, "春节" },
        { "2025-04-04", DayKind.Holiday, "清明节" },
        { "2025-04-05", DayKind.Holiday, "清明节" },
        { "2025-04-06", DayKind.Holiday, "清明节" },
        { "2025-04-27", DayKind.MakeupWorkday, "劳动节" },
        { "2025-05-01", DayKind.Holiday, "劳动节" },
        { "2025-05-02", DayKind.Holiday, "劳动节" },
        { "2025-05-03", DayKind.Holiday, "劳动节" },
        { "2025-05-04", DayKind.Holiday, "劳动节" },
        { "2025-05-05", DayKind.Holiday, "劳动节" },
        { "2025-05-31", DayKind.Holiday, "端午节" },
        { "2025-06-01", DayKind.Holiday, "端午节" },
        { "2025-06-02", DayKind.Holiday, "端午节" },
        { "2025-09-28", DayKind.MakeupWorkday, "国庆节、中秋节" },
        { "2025-10-01", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-02", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-03", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-04", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-05", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-06", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-07", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-08", DayKind.Holiday, "国庆节、中秋节" },
        { "2025-10-11", DayKind.MakeupWorkday, "国庆节、中秋节" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Each_day_of_the_2025_notice_is_a_holiday_or_makeup_workday_of_its_festival(string date, DayKind kind, string name) =>
        OfficialDays.AssertDay(date, kind, name);

    [Fact]
    public void No_other_day_of_2025_is_a_holiday_or_makeup_workday() => OfficialDays.AssertNoOtherDays(2025, Days);
}
