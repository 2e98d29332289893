using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// The sample variables a rehearsal starts with unless the admin gives others: what the shipped procedures and
/// their notices read about the institution and the centre, for a made-up institution at an address that
/// cannot receive mail (.invalid), so that even a copied address leads nowhere.
/// </summary>
public static class RehearsalSamples
{
    public static Dictionary<string, object?> For(DateOnly start, FilingOptions filing) => new()
    {
        ["institution_name"] = "示例职业技能评价机构（排练）",
        ["institution_email"] = "institution@rehearsal.invalid",
        ["authority"] = Institution.ProvinceAuthority,
        ["submitted_on"] = IsoDate.Format(start),
        ["received_on"] = IsoDate.Format(start),
        ["centre_email"] = filing.CentreEmail,
        ["supervisor_email"] = filing.SupervisorEmail,
        ["province_email"] = filing.ProvinceEmail,
        ["filing_scope"] = new List<object?> { "电工（6-31-01-03）：四级/中级工、三级/高级工" },
        ["filing_cc"] = "",
    };

    /// <summary>The admin's variables over the samples: every name given wins.</summary>
    public static Dictionary<string, object?> Merge(Dictionary<string, object?> samples, IDictionary<string, object?>? given)
    {
        foreach (var (name, value) in given ?? new Dictionary<string, object?>()) samples[name] = value;
        return samples;
    }
}
