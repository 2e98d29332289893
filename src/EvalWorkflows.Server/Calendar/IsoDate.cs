using System.Globalization;

namespace EvalWorkflows.Server.Calendar;

/// <summary>Dates as the API and workflow variables write them: <c>YYYY-MM-DD</c>, nothing else.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
