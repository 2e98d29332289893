using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

public sealed class ShippedCalendarTests
{
    [Theory]
    [InlineData(2020, "国办发明电〔2019〕16号")]
    [InlineData(2021, "国办发明电〔2020〕27号")]
    [InlineData(2022, "国办发明电〔2021〕11号")]
    [InlineData(2023, "国办发明电〔2022〕16号")]
    [InlineData(2024, "国办发明电〔2023〕7号")]
    [InlineData(2025, "国办发明电〔2024〕12号")]
    [InlineData(2026, "国办发明电〔2025〕7号")]
    public void Each_shipped_year_cites_its_State_Council_notice_by_number(int year, string number)
    {
        var shipped = Assert.Single(ShippedCalendar.Years, y => y.Year == year);
        Assert.Contains(number, shipped.Notice);
        Assert.Equal(CalendarSource.Shipped, shipped.Source);
    }

    [Fact]
    public void The_shipped_data_covers_2020_to_2026_and_nothing_else() =>
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], ShippedCalendar.Years.Select(y => y.Year));

    [Fact]
    public void The_2020_Spring_Festival_follows_the_extension_to_2_February() =>
        Assert.Contains("国办发明电〔2020〕1号", ShippedCalendar.Years.Single(y => y.Year == 2020).Notice);

    [Fact]
    public void A_data_file_breaking_the_correction_rules_is_refused_at_load()
    {
        using var json = new MemoryStream("""
            {"years":{"2027":{"notice":"x","holidays":{"2027-10-01":"国庆节"},"makeupWorkdays":{"2027-09-29":"国庆节"}}}}
            """u8.ToArray());
        var error = Assert.Throws<InvalidOperationException>(() => ShippedCalendar.Load(json));
        Assert.Contains("makeupWorkdays[0].date", error.Message);
    }
}
