using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// The sample variables a rehearsal starts with unless the admin gives others: what the shipped procedures and
/// their notices read about the institution, the centre, an exam batch and a filing, for a made-up institution
/// at an address that cannot receive mail (.invalid), so that even a copied address leads nowhere. Dates follow
/// from the rehearsal's start day the way the real start computes them: the exam two weeks later, the filing
/// made on the start day with its validity, renewal window and grace period on the official calendar.
/// </summary>
public static class RehearsalSamples
{
    /// <summary>Days from the start to the sample exam's first day (a plan filed well ahead).</summary>
    public const int DaysToExam = 14;

    public static Dictionary<string, object?> For(DateOnly start, RehearsalSettings settings)
    {
        var samples = InstitutionAndCentre(start, settings.Filing);
        foreach (var (name, value) in Exam(start, settings)) samples[name] = value;
        foreach (var (name, value) in Filed(start, settings.Calendar)) samples[name] = value;
        return samples;
    }

    /// <summary>The admin's variables over the samples: every name given wins.</summary>
    public static Dictionary<string, object?> Merge(Dictionary<string, object?> samples, IDictionary<string, object?>? given)
    {
        foreach (var (name, value) in given ?? new Dictionary<string, object?>()) samples[name] = value;
        return samples;
    }

    private static Dictionary<string, object?> InstitutionAndCentre(DateOnly start, FilingOptions filing) => new()
    {
        ["institution_name"] = "示例职业技能评价机构（排练）",
        ["institution_email"] = "institution@rehearsal.invalid",
        ["institution_code"] = SampleInstitutionCode,
        ["authority"] = Institution.ProvinceAuthority,
        ["submitted_on"] = IsoDate.Format(start),
        ["received_on"] = IsoDate.Format(start),
        ["centre_email"] = filing.CentreEmail,
        ["supervisor_email"] = filing.SupervisorEmail,
        ["centre_supervisor_email"] = filing.SupervisorEmail,
        ["province_email"] = filing.ProvinceEmail,
        ["filing_scope"] = new List<object?> { "电工（6-31-01-03）：四级/中级工、三级/高级工" },
        ["filing_cc"] = "",
    };

    /// <summary>An exam batch: the plan-announcement, plan-submission, supervision and publicity procedures read these.</summary>
    private static Dictionary<string, object?> Exam(DateOnly start, RehearsalSettings settings)
    {
        var examStart = start.AddDays(DaysToExam);
        return new()
        {
            ["exam_start"] = IsoDate.Format(examStart),
            ["exam_end"] = IsoDate.Format(examStart.AddDays(1)),
            ["submission_deadline"] = IsoDate.Format(settings.PlanDeadline.LastSubmissionDay(examStart)),
            ["occupation_summary"] = "电工（4级，20人）",
            ["supervisor"] = SampleSupervisor,
            ["dispatching_unit_email"] = settings.Supervision.DispatchingUnitEmail,
            ["published_on"] = IsoDate.Format(start),
        };
    }

    /// <summary>
    /// A filing made on the start day, as <c>filing.complete</c> starts the filing-lifecycle with it (no
    /// <c>report_year</c>: the lifecycle works that out from <c>filed_on</c>).
    /// </summary>
    private static Dictionary<string, object?> Filed(DateOnly start, WorkingDayCalendar calendar)
    {
        var dates = FilingDates.Compute(calendar, start);
        return new()
        {
            ["filed_on"] = IsoDate.Format(start),
            ["valid_from"] = IsoDate.Format(dates.ValidFrom),
            ["valid_until"] = IsoDate.Format(dates.ValidUntil),
            ["renewal_opens_on"] = IsoDate.Format(dates.RenewalOpensOn),
            ["grace_until"] = IsoDate.Format(dates.GraceUntil),
        };
    }

    /// <summary>What stands for the institution code a real filing gets (none is assigned in a rehearsal).</summary>
    public const string SampleInstitutionCode = "（排练：不分配机构代码）";

    /// <summary>The quality supervisor's user name in a rehearsal (the demo supervisor's).</summary>
    public const string SampleSupervisor = "supervisor";
}
