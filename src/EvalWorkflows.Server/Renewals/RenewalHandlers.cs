using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Renewals;

/// <summary>
/// <c>renewal.assess</c>: computes the checks of 004 §三 and stores them on the application; hands the
/// centre's configured addresses (Filings:CentreEmail, Filings:SupervisorEmail) to the reminder and escalation.
/// </summary>
public sealed class AssessRenewalHandler(IOptions<FilingOptions> options) : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken cancellationToken)
    {
        var application = await context.ApplicationAsync(cancellationToken);
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
/// and gives <c>renewal_passed</c> and <c>refusal_reasons</c> back to the filing's lifecycle.
/// </summary>
public sealed class DecideRenewalHandler : ITaskHandler
{
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
