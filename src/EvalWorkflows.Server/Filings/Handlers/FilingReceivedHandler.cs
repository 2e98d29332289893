using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Workflows;
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
        var filing = await context.FilingOfKeyAsync(cancellationToken);
        var institution = await context.Db.Set<Institution>().FindAsync([filing.InstitutionId], cancellationToken);
        var o = options.Value;
        context.Set("filingId", filing.Id.ToString());
        context.Set("institutionId", filing.InstitutionId.ToString());
        context.Set("institution_name", institution!.Name);
        context.Set("institution_email", institution.Email);
        context.Set("authority", filing.Authority);
        var submittedOn = IsoDate.Format(Calendar.WorkingDayCalendar.ChinaDate(filing.SubmittedAt));
        context.Set("submitted_on", submittedOn);
        // The review's due date counts from the latest submission (the BPMN's review task).
        context.Set("review_from", submittedOn);
        context.Set("centre_email", o.CentreEmail);
        context.Set("supervisor_email", o.SupervisorEmail);
        context.Set("province_email", o.ProvinceEmail);
        context.Set("submission_version", filing.SubmissionVersion);
        context.AddHistory("filing-received", new { filingId = filing.Id, basis = "000 §二" });
    }
}
