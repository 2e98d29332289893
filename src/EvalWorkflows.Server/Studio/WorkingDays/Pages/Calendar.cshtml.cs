using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.WorkingDays.Pages;

/// <summary>
/// 工作日历 — one year of the official calendar as twelve months, with the form that adds or corrects the year
/// through <see cref="CalendarCorrections"/> (the same service and validation as <c>PUT /api/calendar/years/{year}</c>).
/// Days are typed one per line, "2025-01-28 春节", so a whole notice can be pasted in.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class CalendarModel(WorkingDayCalendar calendar, CalendarCorrections corrections, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public string? Holidays { get; set; }
    [BindProperty] public string? MakeupWorkdays { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public int ShownYear { get; private set; }
    public CalendarYear? Data { get; private set; }
    public IReadOnlyList<CalendarMonth> Months { get; private set; } = [];
    public IReadOnlyList<int> KnownYears { get; private set; } = [];
    public IReadOnlyList<int> UncoveredYears { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public IActionResult OnGet()
    {
        if (Year is < YearCorrectionRules.FirstYear or > YearCorrectionRules.LastYear) return NotFound();
        Load();
        Notice = Data?.Notice;
        Holidays = Lines(Data?.Holidays.Select(h => (h.Key, (string?)h.Value)));
        MakeupWorkdays = Lines(Data?.MakeupWorkdays.Select(m => (m.Key, m.Value)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Year is not (>= YearCorrectionRules.FirstYear and <= YearCorrectionRules.LastYear)) return NotFound();
        var request = new YearCorrectionRequest
        {
            Notice = Notice, Holidays = Entries(Holidays), MakeupWorkdays = Entries(MakeupWorkdays), Reason = Reason,
        };
        var outcome = await corrections.CorrectYearAsync(Year.Value, request, User.Identity?.Name, ct);
        if (outcome.IsValid)
        {
            Message = $"{Year} 年的工作日历已保存，之后计算的期限都按新日历。";
            return RedirectToPage(new { year = Year });
        }
        foreach (var error in outcome.Errors) ModelState.AddModelError(FieldOf(error.Field), Explain(error));
        Load();
        return Page();
    }

    private void Load()
    {
        ShownYear = Year ?? WorkingDayCalendar.Today(time).Year;
        Data = calendar.Years.FirstOrDefault(y => y.Year == ShownYear);
        Months = YearCalendar.Build(ShownYear, calendar);
        KnownYears = [.. calendar.Years.Select(y => y.Year)];
        UncoveredYears = calendar.UncoveredYearsThroughNextYear(time);
    }

    private static string Lines(IEnumerable<(DateOnly Date, string? Name)>? days) =>
        days is null ? "" : string.Join("\n", days.OrderBy(d => d.Date).Select(d => $"{IsoDate.Format(d.Date)} {d.Name}".TrimEnd()));

    /// <summary>One entry per non-empty line: the date, then the festival's name after a space.</summary>
    private static List<DayEntry?> Entries(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(line =>
        {
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return (DayEntry?)new DayEntry(parts[0], parts.Length > 1 ? parts[1] : null);
        })];

    /// <summary>The API's field ("holidays[3].date") as the form's field (the Holidays box).</summary>
    private static string FieldOf(string field) => field switch
    {
        _ when field.StartsWith("holidays", StringComparison.Ordinal) => nameof(Holidays),
        _ when field.StartsWith("makeupWorkdays", StringComparison.Ordinal) => nameof(MakeupWorkdays),
        _ when field.StartsWith("notice", StringComparison.Ordinal) => nameof(Notice),
        "reason" => nameof(Reason),
        _ => "",
    };

    /// <summary>Names the line a day error is on: the API's index counts the box's non-empty lines from 0.</summary>
    private static string Explain(CalendarError error)
    {
        var open = error.Field.IndexOf('[', StringComparison.Ordinal);
        var close = error.Field.IndexOf(']', StringComparison.Ordinal);
        return open > 0 && close > open && int.TryParse(error.Field[(open + 1)..close], out var index)
            ? $"第 {index + 1} 行：{error.Detail}"
            : error.Detail;
    }
}
