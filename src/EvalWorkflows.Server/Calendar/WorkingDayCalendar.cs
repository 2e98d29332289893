namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// 工作日 — a working day of the official mainland-China calendar: Monday to Friday, less the public holidays,
/// plus the weekend days that the State Council's yearly notice declares working days (调休上班).
/// All dates are Asia/Shanghai dates. Periods follow the Civil Code: the day a period starts on is not counted
/// (art. 201), it ends at 24:00 of its last day, and a last day that is a rest day moves to the next working day
/// (art. 203). In a year with no official data the calendar counts weekends only and every answer touching that
/// year carries a warning, which is also logged.
/// </summary>
public sealed class WorkingDayCalendar(ILogger<WorkingDayCalendar>? logger = null)
{
    /// <summary>Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving time).</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>About forty years of working days: anything larger is a mistake, not a deadline.</summary>
    public const int MaxDays = 10_000;

    private CalendarSnapshot _snapshot = CalendarSnapshot.Build(ShippedCalendar.Years, [], 0);

    /// <summary>Every year with official data, shipped or corrected, in order.</summary>
    public IReadOnlyList<CalendarYear> Years => Volatile.Read(ref _snapshot).Years;

    public bool Covers(int year) => Volatile.Read(ref _snapshot).Covers(year);

    /// <summary>The newest correction id the calendar in force includes (0: shipped data only).</summary>
    public long Version => Volatile.Read(ref _snapshot).Version;

    public IReadOnlyList<int> UncoveredYears(int from, int to)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        return Enumerable.Range(from, Math.Max(0, to - from + 1)).Where(y => !snapshot.Covers(y)).ToList();
    }

    /// <summary>
    /// The years an admin should add: from the first known year (or this year) up to next year, whose holidays
    /// the State Council announces late in the year before.
    /// </summary>
    public IReadOnlyList<int> UncoveredYearsThroughNextYear(TimeProvider time)
    {
        var years = Years;
        var nextYear = Today(time).Year + 1;
        var first = years.Count > 0 ? Math.Min(years[0].Year, nextYear - 1) : nextYear - 1;
        return UncoveredYears(first, nextYear);
    }

    /// <summary>
    /// Replaces the admins' corrections (shipped data stays underneath). <paramref name="version"/> is the newest
    /// correction id included: when two saves race, the snapshot with the newer correction stays.
    /// </summary>
    public void ApplyCorrections(IEnumerable<CalendarYear> corrections, long version)
    {
        var next = CalendarSnapshot.Build(ShippedCalendar.Years, corrections, version);
        while (true)
        {
            var current = Volatile.Read(ref _snapshot);
            if (current.Version > version) return;
            if (Interlocked.CompareExchange(ref _snapshot, next, current) == current) return;
        }
    }

    public bool IsWorkingDay(DateOnly day) => DescribeDay(day).Working;

    public DayInfo DescribeDay(DateOnly day)
    {
        var watch = Watch();
        var (kind, name) = watch.Classify(day);
        return new(day, kind is DayKind.Weekday or DayKind.MakeupWorkday, kind, name, watch.Warnings());
    }

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/> (before it when n is negative), the
    /// start not counted, so the answer is always a working day. n = 0 gives <paramref name="from"/> itself when it
    /// is a working day, else the next one. Counting back from a rest day is not the inverse of counting forward:
    /// 5 working days before a Saturday is that week's Monday.
    /// </summary>
    public CalendarResult<DateOnly> AddWorkingDays(DateOnly from, int n)
    {
        CheckRange(n, nameof(n));
        var watch = Watch();
        var day = from;
        if (n == 0)
        {
            while (!watch.IsWorkingDay(day)) day = day.AddDays(1);
            return watch.Result(day);
        }
        var step = n > 0 ? 1 : -1;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (watch.IsWorkingDay(day)) left--;
        }
        return watch.Result(day);
    }

    /// <summary>
    /// Working days in (a, b] — the start not counted, the end counted — negative when b is before a; so
    /// <c>AddWorkingDays(a, WorkingDaysBetween(a, b))</c> is b whenever b is a working day.
    /// </summary>
    public CalendarResult<int> WorkingDaysBetween(DateOnly a, DateOnly b)
    {
        var (first, last, sign) = a <= b ? (a, b, 1) : (b, a, -1);
        CheckRange(last.DayNumber - first.DayNumber, nameof(b));
        var watch = Watch();
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
            if (watch.IsWorkingDay(day)) count++;
        return watch.Result(sign * count);
    }

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public CalendarResult<DateOnly> NextWorkingDay(DateOnly day) => AddWorkingDays(day, 1);

    /// <summary>
    /// <paramref name="day"/> itself when it is a working day, else the last working day before it: a reminder
    /// due on a Saturday goes out on Friday, while the office is open and there is still time to act.
    /// </summary>
    public CalendarResult<DateOnly> WorkingDayOnOrBefore(DateOnly day) =>
        IsWorkingDay(day) ? AddWorkingDays(day, 0) : AddWorkingDays(day, -1);

    /// <summary>
    /// 24:00 Asia/Shanghai of <paramref name="day"/>, when a period ending that day ends. DateTimeOffset has no
    /// 24:00, so this is the next day's 00:00 +08:00: a timer due then fires exactly as the period closes, and
    /// "on time" is <c>submittedAt &lt; EndOfDay(lastDay)</c>.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly day) =>
        new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset);

    /// <summary>
    /// A deadline <paramref name="n"/> calendar days after <paramref name="from"/>. When its last day is a rest day
    /// it moves to the next working day (Civil Code art. 203) unless <paramref name="rollToWorkingDay"/> is false;
    /// pass false when counting backwards, where moving later would be wrong.
    /// </summary>
    public CalendarResult<DateOnly> AddCalendarDays(DateOnly from, int n, bool rollToWorkingDay = true)
    {
        CheckRange(n, nameof(n));
        var last = from.AddDays(n);
        if (!rollToWorkingDay) return new(last, []);
        var watch = Watch();
        while (!watch.IsWorkingDay(last)) last = last.AddDays(1);
        return watch.Result(last);
    }

    /// <summary>The Asia/Shanghai date of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    public static DateOnly Today(TimeProvider time) => ChinaDate(time.GetUtcNow());

    private static void CheckRange(int days, string name)
    {
        if (Math.Abs((long)days) > MaxDays)
            throw new ArgumentOutOfRangeException(name, days, $"At most {MaxDays} days can be counted.");
    }

    private YearWatch Watch() => new(Volatile.Read(ref _snapshot), logger);
}
