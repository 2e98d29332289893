using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Tests.Calendar;

public class ChineseDatesTests
{
    [Fact]
    public void A_date_is_written_without_leading_zeros()
    {
        Assert.Equal("2023年3月3日", ChineseDates.Date(new DateOnly(2023, 3, 3)));
    }

    [Fact]
    public void A_deadline_date_carries_its_weekday()
    {
        Assert.Equal("2025年10月14日（星期二）", ChineseDates.DateWithWeekday(new DateOnly(2025, 10, 14)));
    }

    [Fact]
    public void An_instant_is_written_in_Beijing_time()
    {
        var utc = new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal("2025年3月3日 09:00", ChineseDates.DateTime(utc));
    }

    [Fact]
    public void An_instant_late_in_the_UTC_day_falls_on_the_next_Beijing_date()
    {
        var utc = new DateTimeOffset(2025, 3, 2, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal("2025年3月3日（星期一）01:30", ChineseDates.DeadlineTime(utc));
    }

    [Fact]
    public void A_deadline_at_midnight_is_written_as_24_00_of_the_last_day_on_time()
    {
        var endOfMarch10 = new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal("2025年3月10日（星期一）24:00", ChineseDates.DeadlineTime(endOfMarch10));
    }
}
