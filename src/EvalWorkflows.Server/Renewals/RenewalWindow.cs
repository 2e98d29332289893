using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;

namespace EvalWorkflows.Server.Renewals;

/// <summary>When a renewal may be applied for, and whether it comes in the grace period.</summary>
public sealed record RenewalWindow(bool Open, bool Late, string? Code, string? Detail, string Basis)
{
    public static RenewalWindow For(Filing filing, DateOnly today)
    {
        if (filing.Status == FilingStatus.Ended || filing.ValidUntil is not { } until || filing.RenewalOpensOn is not { } opens)
            return Closed("RENEWAL_WINDOW_CLOSED", "该备案已终止或尚未完成备案，不能申请续期。", "004 §五(二)");
        // 004 §二: renewal is applied for within the 90 days before the validity period ends.
        if (today < opens)
            return Closed("RENEWAL_TOO_EARLY",
                $"备案有效期至{ChineseDates.Date(until)}，续期申请自{ChineseDates.Date(opens)}起（有效期届满前90日内）受理。", "004 §二");
        if (today <= until) return new(true, false, null, null, "004 §二");
        // 004 §五(二): a 60-day grace period follows expiry; an application in it is still evaluated.
        if (filing.GraceUntil is { } grace && today <= grace) return new(true, true, null, null, "004 §五(二)");
        return Closed("RENEWAL_WINDOW_CLOSED",
            $"备案已于{ChineseDates.Date(until)}到期，60天存续期至{ChineseDates.Date(filing.GraceUntil ?? until.AddDays(60))}已届满，视为自动放弃续期。", "004 §五(二)");
    }

    private static RenewalWindow Closed(string code, string detail, string basis) => new(false, false, code, detail, basis);
}
