using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Calendar;

/// <summary>Bad calendar requests as RFC 7807 problems: the first error's code and field up front, all of them in <c>errors</c>.</summary>
internal static class CalendarProblems
{
    /// <summary>Dates the API accepts: wide enough for any deadline, narrow enough that counting never overflows.</summary>
    private static readonly DateOnly Earliest = new(1900, 1, 1), Latest = new(2999, 12, 31);

    /// <summary>More working days than any period in the notices (the longest is 30) by a wide margin.</summary>
    public const int MaxAdd = 1000;

    public static ProblemHttpResult Invalid(params IReadOnlyList<CalendarError> errors) =>
        TypedResults.Problem(
            title: "日历请求无效",
            detail: errors[0].Detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = errors[0].Code,
                ["field"] = errors[0].Field,
                ["errors"] = errors,
            });

    public static CalendarError? ReadDate(string? text, string field, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return new("CALENDAR_DATE_MISSING", field, $"缺少日期参数 {field}（格式 YYYY-MM-DD）。");
        if (!IsoDate.TryParse(text, out date))
            return new("CALENDAR_DATE_INVALID", field, $"“{text}”不是有效日期，请按 YYYY-MM-DD 填写。");
        if (date < Earliest || date > Latest)
            return new("CALENDAR_DATE_OUT_OF_RANGE", field, $"日期 {text} 超出可计算范围（1900–2999 年）。");
        return null;
    }

    public static CalendarError? ReadAdd(string? text, string field, out int days)
    {
        days = 0;
        if (string.IsNullOrWhiteSpace(text))
            return new("CALENDAR_ADD_MISSING", field, $"缺少工作日数 {field}。");
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out days))
            return new("CALENDAR_ADD_INVALID", field, $"“{text}”不是整数：工作日数须为整数，可为负数。");
        if (Math.Abs((long)days) > MaxAdd)
            return new("CALENDAR_ADD_OUT_OF_RANGE", field, $"工作日数 {days} 过大，最多加减 {MaxAdd} 个工作日。");
        return null;
    }
}
