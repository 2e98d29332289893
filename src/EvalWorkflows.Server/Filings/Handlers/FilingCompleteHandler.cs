using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Workflows;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary>
/// <c>filing.complete</c>: 001 art. 9 — assigns the institution code, sets the filing date and the dates of its
/// life from the BPMN's parameters (003 §四(一) validity; 004 §二 renewal window; 004 §五(二) grace), publishes
/// the filing on the register (status Filed, 000 §三.2) and starts its life (<c>filing-lifecycle</c>).
/// </summary>
public sealed class FilingCompleteHandler(WorkingDayCalendar calendar, IOptions<FilingOptions> options) : ITaskHandler
{
    public const string LifecycleProcess = "filing-lifecycle";

    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var filedOn = context.Today();
        var dates = FilingDates.Compute(calendar, filedOn, context.IntProperty("validityYears"),
            context.IntProperty("renewalWindowDays"), context.IntProperty("graceDays"));
        filing.InstitutionCode ??= await InstitutionCodes.NextAsync(context.Db, filing.Authority, options.Value.ProvinceCode, filedOn.Year, cancellationToken);
        (filing.FiledOn, filing.ValidFrom, filing.ValidUntil) = (filedOn, dates.ValidFrom, dates.ValidUntil);
        (filing.RenewalOpensOn, filing.GraceUntil) = (dates.RenewalOpensOn, dates.GraceUntil);
        context.ChangeStatus(filing, FilingStatus.Filed, $"机构代码 {filing.InstitutionCode}，有效期至 {IsoDate.Format(dates.ValidUntil)}。", await context.DeciderAsync(cancellationToken));
        foreach (var warning in dates.Warnings) context.AddHistory("calendar-warning", new { warning });

        var lifecycle = new Dictionary<string, object?>
        {
            ["filingId"] = filing.Id.ToString(), ["institutionId"] = filing.InstitutionId.ToString(),
            ["institution_name"] = context.Variables["institution_name"], ["institution_email"] = context.Variables["institution_email"],
            ["institution_code"] = filing.InstitutionCode, ["filed_on"] = IsoDate.Format(filedOn),
            ["valid_from"] = IsoDate.Format(dates.ValidFrom), ["valid_until"] = IsoDate.Format(dates.ValidUntil),
            ["renewal_opens_on"] = IsoDate.Format(dates.RenewalOpensOn), ["grace_until"] = IsoDate.Format(dates.GraceUntil),
        };
        foreach (var (name, value) in lifecycle) context.Set(name, value);
        SetNoticeVariables(context, filing);
        var instanceId = await context.StartProcessAsync(LifecycleProcess, filing.Id.ToString(), lifecycle);
        context.Set("lifecycle_instance_id", instanceId.ToString());
    }

    /// <summary>
    /// What the filing notice and the province report need: the scope as lines, whether a city filed it
    /// (000 §四.1), and the copy to the province when levels 2/1 are in scope (003 §一(二), §二).
    /// </summary>
    private void SetNoticeVariables(TaskHandlerContext context, Filing filing)
    {
        context.Set("filing_scope", filing.Scope.Select(s =>
            $"{s.OccupationName}（{s.OccupationCode}{(s.WorkType is { Length: > 0 } w ? "，" + w : "")}）：{Levels.Describe(s.Levels)}").ToList());
        context.Set("filed_by_city", filing.Authority != Institutions.Institution.ProvinceAuthority);
        var technicianLevels = filing.Scope.Any(s => s.Levels.Any(Levels.IsTechnician));
        context.Set("filing_cc", technicianLevels ? options.Value.ProvinceEmail : "");
    }
}
