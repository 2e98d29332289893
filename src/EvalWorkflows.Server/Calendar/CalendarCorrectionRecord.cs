using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// An admin's statement of one year's official days. Rows are only ever added: the newest per year is in force
/// and the older ones are the audit trail of who changed the calendar, when, and from what.
/// </summary>
public sealed class CalendarCorrectionRecord
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Notice { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public List<CalendarCorrectionDay> Days { get; set; } = [];

    public CalendarYear ToYear() => new()
    {
        Year = Year,
        Notice = Notice,
        Holidays = Days.Where(d => d.Kind == DayKind.Holiday).ToDictionary(d => d.Date, d => d.Name ?? ""),
        MakeupWorkdays = Days.Where(d => d.Kind == DayKind.MakeupWorkday).ToDictionary(d => d.Date, d => d.Name),
        Source = CalendarSource.Correction,
        ChangedBy = ChangedBy,
        ChangedAt = ChangedAt.ToOffset(WorkingDayCalendar.ChinaOffset),
    };

    public static CalendarCorrectionRecord From(CalendarYear year, string changedBy, DateTimeOffset changedAt) => new()
    {
        Year = year.Year,
        Notice = year.Notice,
        ChangedBy = changedBy,
        ChangedAt = changedAt,
        Days =
        [
            .. year.Holidays.Select(h => new CalendarCorrectionDay { Date = h.Key, Kind = DayKind.Holiday, Name = h.Value }),
            .. year.MakeupWorkdays.Select(m => new CalendarCorrectionDay { Date = m.Key, Kind = DayKind.MakeupWorkday, Name = m.Value }),
        ],
    };
}

/// <summary>A holiday or makeup workday of one correction.</summary>
public sealed class CalendarCorrectionDay
{
    public DateOnly Date { get; set; }
    public DayKind Kind { get; set; }
    public string? Name { get; set; }
}

public sealed class CalendarCorrectionConfiguration : IEntityTypeConfiguration<CalendarCorrectionRecord>
{
    public void Configure(EntityTypeBuilder<CalendarCorrectionRecord> e)
    {
        e.ToTable("calendar_corrections");
        e.HasIndex(x => new { x.Year, x.Id });
        e.Property(x => x.Notice).HasMaxLength(500);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
        e.OwnsMany(x => x.Days, d =>
        {
            d.ToTable("calendar_correction_days");
            d.WithOwner().HasForeignKey("CorrectionId");
            d.HasKey("CorrectionId", nameof(CalendarCorrectionDay.Date));
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Name).HasMaxLength(50);
        });
    }
}
