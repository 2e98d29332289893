using System.Globalization;
using System.Text.RegularExpressions;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>An ISO 8601 duration (PnYnMnWnDTnHnMnS); years, months and days are calendar units, not fixed hours.</summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Pattern().Match(text.Trim().ToUpperInvariant());
        if (!m.Success || text.Trim() is "P" or "PT" || text.Trim().EndsWith('T')) return false;
        int I(int g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = m.Groups[7].Success ? double.Parse(m.Groups[7].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(I(1), I(2), I(3) * 7 + I(4),
            new TimeSpan(I(5), I(6), 0) + TimeSpan.FromSeconds(seconds));
        return duration.AddTo(DateTimeOffset.UnixEpoch) > DateTimeOffset.UnixEpoch;
    }

    public DateTimeOffset AddTo(DateTimeOffset instant) => instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);
}
