using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Institutions;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary>
/// <c>filing.received</c>: records receipt (000 §二; 001 art. 6) and gives the instance what its steps and notices
/// use: the institution's name and address, the record id, the submission date, and the centre's mailboxes.
/// </summary>
public sealed class FilingReceivedHandler(IOptions<FilingOptions> options) : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var filing = await FilingStep.LoadAsync(context, cancellationToken);
        var institution = await context.Db.Set<Institution>().FindAsync([filing.InstitutionId], cancellationToken);
        var o = options.Value;
        FilingStep.Set(context, "filingId", filing.Id.ToString());
        FilingStep.Set(context, "institutionId", filing.InstitutionId.ToString());
        FilingStep.Set(context, "institution_name", institution!.Name);
        FilingStep.Set(context, "institution_email", institution.Email);
        FilingStep.Set(context, "authority", filing.Authority);
        var submittedOn = FilingStep.Date(Calendar.WorkingDayCalendar.ChinaDate(filing.SubmittedAt));
        FilingStep.Set(context, "submitted_on", submittedOn);
        // The review's due date counts from the latest submission (the BPMN's review task).
        FilingStep.Set(context, "review_from", submittedOn);
        FilingStep.Set(context, "centre_email", o.CentreEmail);
        FilingStep.Set(context, "supervisor_email", o.SupervisorEmail);
        FilingStep.Set(context, "province_email", o.ProvinceEmail);
        FilingStep.Set(context, "submission_version", filing.SubmissionVersion);
        context.AddHistory("filing-received", new { filingId = filing.Id, basis = "000 §二" });
    }
}
