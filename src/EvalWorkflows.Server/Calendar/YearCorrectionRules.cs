namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// What a year of official days must satisfy before anything uses it. Both an admin's correction and the shipped
/// data file pass through here, so a wrong data file fails at start-up with the same message an admin would see.
/// </summary>
public static class YearCorrectionRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2099;
    private const int MaxHolidays = 60;
    private const int MaxMakeupWorkdays = 20;
    private const int MaxNoticeLength = 500;
    private const int MaxNameLength = 50;

    public static YearValidation Validate(int year, YearCorrectionRequest? request, CalendarSource source)
    {
        if (year is < FirstYear or > LastYear)
            return Refused(new("CALENDAR_YEAR_OUT_OF_RANGE", "year", $"年份 {year} 超出可维护的范围（{FirstYear}–{LastYear} 年）。"));
        if (request is null)
            return Refused(new("CALENDAR_BODY_MISSING", "body", "请求内容为空：请提供通知名称及文号、放假日期和调休上班日期。"));

        var errors = new List<CalendarError>();
        CheckNotice(request.Notice, errors);
        var holidays = ReadDays(year, request.Holidays, "holidays", MaxHolidays, nameRequired: true, errors);
        var makeups = ReadDays(year, request.MakeupWorkdays, "makeupWorkdays", MaxMakeupWorkdays, nameRequired: false, errors);
        if (request.Holidays is not { Count: > 0 })
            errors.Add(new("CALENDAR_HOLIDAYS_MISSING", "holidays", $"请至少填写一个放假日期：国务院每年的放假安排通知都规定了放假日期。"));

        foreach (var (index, date, _) in makeups)
        {
            var field = $"makeupWorkdays[{index}].date";
            if (holidays.Any(h => h.Date == date))
                errors.Add(new("CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY", field, $"{IsoDate.Format(date)} 不能既是放假日又是调休上班日。"));
            else if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(new("CALENDAR_MAKEUP_NOT_WEEKEND", field, $"{IsoDate.Format(date)} 是{WeekdayName(date)}，本来就是工作日；调休上班日只能是周六或周日。"));
        }

        if (errors.Count > 0) return new(null, errors);
        return new(new CalendarYear
        {
            Year = year,
            Notice = request.Notice!.Trim(),
            Holidays = holidays.ToDictionary(h => h.Date, h => h.Name!),
            MakeupWorkdays = makeups.ToDictionary(m => m.Date, m => m.Name),
            Source = source,
        }, []);
    }

    /// <summary>
    /// A notice may start the New Year holiday in the last days of the year before: the 2019 notice rested from
    /// 2018-12-30 and worked Saturday 2018-12-29; the 2023 notice rested from 2022-12-31.
    /// </summary>
    public static bool InNoticeWindow(int year, DateOnly date) =>
        date.Year == year || (date.Year == year - 1 && date.Month == 12 && date.Day >= 25);

    private static void CheckNotice(string? notice, List<CalendarError> errors)
    {
        if (string.IsNullOrWhiteSpace(notice))
            errors.Add(new("CALENDAR_NOTICE_MISSING", "notice", "请填写放假安排所依据的国务院办公厅通知（名称及文号，如“国办发明电〔2025〕7号”）。"));
        else if (notice.Length > MaxNoticeLength)
            errors.Add(new("CALENDAR_NOTICE_TOO_LONG", "notice", $"通知引用不得超过 {MaxNoticeLength} 个字符。"));
    }

    private static List<(int Index, DateOnly Date, string? Name)> ReadDays(int year, IReadOnlyList<DayEntry?>? entries,
        string list, int max, bool nameRequired, List<CalendarError> errors)
    {
        var days = new List<(int, DateOnly, string?)>();
        if (entries is null) return days;
        if (entries.Count > max)
        {
            errors.Add(new("CALENDAR_TOO_MANY_DAYS", list, $"一年最多填写 {max} 个日期，收到 {entries.Count} 个。"));
            return days;
        }
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = $"{list}[{i}]";
            if (entry?.Date is null or "")
                errors.Add(new("CALENDAR_DATE_MISSING", $"{field}.date", "缺少日期。"));
            else if (!IsoDate.TryParse(entry.Date, out var date))
                errors.Add(new("CALENDAR_DATE_INVALID", $"{field}.date", $"“{entry.Date}”不是有效日期，请按 YYYY-MM-DD 填写。"));
            else if (!InNoticeWindow(year, date))
                errors.Add(new("CALENDAR_DATE_OUTSIDE_YEAR", $"{field}.date", $"{entry.Date} 不在 {year} 年内（只有元旦假期可从上一年 12 月 25 日起）。"));
            else if (!seen.Add(date))
                errors.Add(new("CALENDAR_DATE_DUPLICATE", $"{field}.date", $"{entry.Date} 重复填写。"));
            else if (CheckName(entry.Name, $"{field}.name", nameRequired, errors))
                days.Add((i, date, string.IsNullOrWhiteSpace(entry.Name) ? null : entry.Name.Trim()));
        }
        return days;
    }

    private static bool CheckName(string? name, string field, bool required, List<CalendarError> errors)
    {
        if (required && string.IsNullOrWhiteSpace(name))
            errors.Add(new("CALENDAR_HOLIDAY_NAME_MISSING", field, "请填写节日名称（如“春节”）。"));
        else if (name is { Length: > MaxNameLength })
            errors.Add(new("CALENDAR_HOLIDAY_NAME_TOO_LONG", field, $"节日名称不得超过 {MaxNameLength} 个字符。"));
        else return true;
        return false;
    }

    private static string WeekdayName(DateOnly date) => "星期" + "日一二三四五六"[(int)date.DayOfWeek];

    private static YearValidation Refused(CalendarError error) => new(null, [error]);
}
