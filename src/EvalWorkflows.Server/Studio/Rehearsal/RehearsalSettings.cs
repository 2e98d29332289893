using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Supervision;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// What the host's real handlers compute with, as the rehearsal's samples and stand-ins read it: the offices'
/// addresses, the official calendar and the plan submission rule. Read only; nothing here writes.
/// </summary>
public sealed class RehearsalSettings(IOptions<FilingOptions> filing, IOptions<SupervisionOptions> supervision,
    WorkingDayCalendar calendar, PlanSubmissionDeadline planDeadline)
{
    public FilingOptions Filing => filing.Value;
    public SupervisionOptions Supervision => supervision.Value;
    public WorkingDayCalendar Calendar => calendar;
    public PlanSubmissionDeadline PlanDeadline => planDeadline;
}
