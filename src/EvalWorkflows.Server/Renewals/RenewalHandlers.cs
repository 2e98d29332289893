using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Renewals;

/// <summary>
/// <c>renewal.assess</c>: computes the checks of 004 §三 and stores them on the application; marks a valid
/// filing as under evaluation; hands the centre's configured addresses (Filings:CentreEmail,
/// Filings:SupervisorEmail) to the reminder and escalation.
/// </summary>
public sealed class AssessRenewalHandler(IOptions<FilingOptions> options) : ITaskHandler
{
    // 004 §四: the centre evaluates the application; until it decides, the register shows the filing as being
    // evaluated for renewal. An application in the grace period leaves the filing Expired, as its data reporting
    // stays stopped (004 §五(二)); the register tells that case apart by the pending application.
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var application = await context.ApplicationAsync(cancellationToken);
        var filing = await context.FilingAsync(cancellationToken);
        if (filing.Status == FilingStatus.Filed)
            context.ChangeStatus(filing, FilingStatus.Renewing, "收到续期申请，续期评估中");
        application.Checks = await RenewalChecks.ComputeAsync(context.Db, application,
            context.Date("valid_from"), context.Date("valid_until"), cancellationToken);
        application.InstanceId = context.InstanceId;
        context.Variables["centre_email"] = options.Value.CentreEmail;
        context.Variables["supervisor_email"] = options.Value.SupervisorEmail;
        context.Variables["checks_failed"] = application.Checks.Where(c => !c.Passed).Select(c => c.Title + "：" + c.Detail).ToList();
    }
}

/// <summary>
/// <c>renewal.decide</c>: records the evaluator's outcome (pass/fail, with <c>reasons</c>) on the application
/// and gives <c>renewal_passed</c> and <c>refusal_reasons</c> back to the filing's lifecycle. A refusal before
/// expiry puts the filing back to Filed: it stays valid until its expiry date, when the lifecycle ends it.
/// </summary>
public sealed class DecideRenewalHandler : ITaskHandler
{
    // 004 §四(二): a failed evaluation is a refusal with reasons; it does not cut short the current validity
    // (003 §四(一)), which lapses at expiry (004 §五(二)).
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var application = await context.ApplicationAsync(cancellationToken);
        var passed = context.Text("outcome") == "pass";
        var reasons = context.Text("reasons");
        application.Status = passed ? RenewalStatus.Passed : RenewalStatus.Failed;
        application.DecidedOn = context.Today();
        application.Reasons = reasons;
        context.Variables["renewal_passed"] = passed;
        context.Variables["refusal_reasons"] = passed ? null : reasons ?? "未达到续期条件";
        context.SetDate("decided_on", application.DecidedOn.Value);
        var filing = await context.FilingAsync(cancellationToken);
        if (!passed && filing.Status == FilingStatus.Renewing)
            context.ChangeStatus(filing, FilingStatus.Filed, "续期评估不合格，备案有效期届满后终止");
    }
}

internal static class RenewalStepValues
{
    public static async Task<RenewalApplication> ApplicationAsync(this TaskHandlerContext context, CancellationToken ct)
    {
        var id = context.Id("renewalId");
        return await context.Db.Set<RenewalApplication>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new WorkflowException("RENEWAL_NOT_FOUND", $"续期申请 {id} 不存在。");
    }
}
