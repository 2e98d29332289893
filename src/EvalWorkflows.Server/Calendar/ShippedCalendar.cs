using System.Globalization;
using System.Text.Json;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// The official days shipped with the product (Data/cn-official-days.json, embedded), one entry per State
/// Council notice. Loaded once; a file that breaks <see cref="YearCorrectionRules"/> stops the start-up.
/// </summary>
public static class ShippedCalendar
{
    public const string ResourceName = "EvalWorkflows.Server.Calendar.cn-official-days.json";

    private static readonly Lazy<IReadOnlyList<CalendarYear>> Shipped = new(() => Load(OpenResource()));

    public static IReadOnlyList<CalendarYear> Years => Shipped.Value;

    public static IReadOnlyList<CalendarYear> Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<ShippedFile>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The shipped calendar data file is empty.");
        var years = new List<CalendarYear>();
        foreach (var (key, entry) in file.Years)
        {
            var year = int.Parse(key, CultureInfo.InvariantCulture);
            var request = new YearCorrectionRequest
            {
                Notice = entry.Notice,
                Holidays = entry.Holidays.Select(kv => new DayEntry(kv.Key, kv.Value)).ToList(),
                MakeupWorkdays = entry.MakeupWorkdays.Select(kv => new DayEntry(kv.Key, kv.Value)).ToList(),
            };
            var checkedYear = YearCorrectionRules.Validate(year, request, CalendarSource.Shipped);
            if (!checkedYear.IsValid)
                throw new InvalidOperationException($"The shipped calendar data for {year} is wrong: "
                    + string.Join("; ", checkedYear.Errors.Select(e => $"{e.Field}: {e.Detail}")));
            years.Add(checkedYear.Year!);
        }
        return years.OrderBy(y => y.Year).ToList();
    }

    private static Stream OpenResource() =>
        typeof(ShippedCalendar).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The calendar data resource {ResourceName} is missing from the build.");

    private sealed record ShippedFile(Dictionary<string, ShippedYear> Years);

    private sealed record ShippedYear(string? Notice, Dictionary<string, string> Holidays,
        Dictionary<string, string> MakeupWorkdays);
}
