using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// <c>lifecycle.stop-reporting</c>: at expiry the filing stops reporting data — no new plans, no result
/// uploads — and shows as expired while the grace period or a pending renewal runs.
/// </summary>
public sealed class StopReportingHandler : ITaskHandler
{
    // 004 §五(二): after the validity period the institution's data reporting stops automatically.
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingAsync(cancellationToken);
        filing.DataReportingStopped = true;
        context.ChangeStatus(filing, FilingStatus.Expired, "备案有效期届满，数据上报功能终止");
        context.SetDate("expired_on", filing.ValidUntil!.Value.AddDays(1));
    }
}

/// <summary>
/// <c>lifecycle.renew</c>: a passed evaluation gives a new filing letter and a new validity that follows the
/// old one without a gap (properties <c>validityYears</c>, <c>renewalWindowDays</c>, <c>graceDays</c>).
/// </summary>
public sealed class RenewHandler(WorkingDayCalendar calendar) : ITaskHandler
{
    // 004 §四(三): a passed evaluation gets a new filing letter; 003 §四(一): valid for 3 years. 续期 continues
    // the filing, so the new period starts the day after the old expiry (004 §二: periods are not extended
    // by scope additions, i.e. they run back to back), whether the decision came before or after expiry.
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingAsync(cancellationToken);
        var dates = SetRenewedDates(context, calendar);
        filing.ValidFrom = dates.ValidFrom;
        filing.ValidUntil = dates.ValidUntil;
        filing.RenewalOpensOn = dates.RenewalOpensOn;
        filing.GraceUntil = dates.GraceUntil;
        filing.DataReportingStopped = false;
        context.ChangeStatus(filing, FilingStatus.Filed, "续期评估合格，核发新的备案函");
    }

    /// <summary>The new period's dates as the instance's variables (the rehearsal's stand-in sets the same).</summary>
    public static FilingDates SetRenewedDates(TaskHandlerContext context, WorkingDayCalendar calendar)
    {
        var dates = FilingDates.Compute(calendar, context.Date("valid_until").AddDays(1),
            context.IntProperty("validityYears", FilingDates.DefaultValidityYears),
            context.IntProperty("renewalWindowDays", FilingDates.DefaultRenewalWindowDays),
            context.IntProperty("graceDays", FilingDates.DefaultGraceDays));
        context.Variables["previous_valid_until"] = context.Variables["valid_until"];
        context.SetDate("renewed_on", context.Today());
        context.SetDate("valid_from", dates.ValidFrom);
        context.SetDate("valid_until", dates.ValidUntil);
        context.SetDate("renewal_opens_on", dates.RenewalOpensOn);
        context.SetDate("grace_until", dates.GraceUntil);
        foreach (var warning in dates.Warnings) context.AddHistory("calendar-warning", new { warning });
        return dates;
    }
}

/// <summary><c>lifecycle.end</c>: the filing ends; the public register shows it as ended.</summary>
public sealed class EndFilingHandler : ITaskHandler
{
    // 004 §五(二): no application within the grace period = renewal abandoned; a refused renewal leaves the
    // filing to lapse at expiry. 000 §三.4: the end of a filing is made public.
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingAsync(cancellationToken);
        filing.DataReportingStopped = true;
        context.ChangeStatus(filing, FilingStatus.Ended, SetEnded(context));
    }

    /// <summary>The end's day and reason as the instance's variables (the rehearsal's stand-in sets the same).</summary>
    public static string SetEnded(TaskHandlerContext context)
    {
        var note = context.Properties.GetValueOrDefault("note") ?? "备案终止";
        context.SetDate("ended_on", context.Today());
        context.Variables["end_reason"] = note;
        return note;
    }
}

/// <summary>
/// <c>lifecycle.next-report-year</c>: the year whose work summary is due next — first the year the filing was
/// filed in, then each following year.
/// </summary>
public sealed class NextReportYearHandler : ITaskHandler
{
    public Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        context.Variables["report_year"] = context.Variables.TryGetValue("report_year", out var y) && y is not null
            ? Convert.ToInt64(y, System.Globalization.CultureInfo.InvariantCulture) + 1
            : context.Date("filed_on").Year;
        return Task.CompletedTask;
    }
}
