using EvalWorkflows.Engine.Persistence;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Plans;

/// <summary>Today, the earliest exam date for a plan submitted today, and for a chosen exam its last on-time day.</summary>
/// <param name="Today">Today in Beijing, ISO yyyy-MM-dd.</param>
/// <param name="EarliestExamDate">The earliest exam start a plan submitted today may have, ISO yyyy-MM-dd.</param>
/// <param name="ExamStart">The exam start asked about, ISO yyyy-MM-dd; null if none was given.</param>
/// <param name="LastSubmissionDay">The last day a plan for that exam is on time, ISO yyyy-MM-dd; null if no exam start was given.</param>
/// <param name="Refusal">Why a plan for that exam submitted today would be refused, in Chinese; null if it would be on time.</param>
/// <param name="Basis">The legal basis key of the deadline, "002 §四(一)".</param>
public sealed record PlanDeadlineView(DateOnly Today, DateOnly EarliestExamDate, DateOnly? ExamStart, DateOnly? LastSubmissionDay,
    string? Refusal, string Basis);

/// <summary>
/// Submitting an assessment plan (002 §四(一)): the one path <c>POST /api/plans</c> and the portal's plan page take,
/// so the deadline and every other plan rule are applied once.
/// </summary>
public sealed class PlanSubmissions(AppDbContext db, WorkflowEngine engine, PlanSubmissionDeadline deadline, TimeProvider time,
    IOptions<FilingOptions> offices, ILoggerFactory logs)
{
    public async Task<(PlanCreated? Created, ProblemHttpResult? Problem)> SubmitAsync(SubmitPlanRequest request,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is { Count: > 0 } invalid) return (null, RequestValidation.Problem(invalid));
        var (context, problem) = await InstitutionContext.LoadAsync(user, request.FilingId!.Value, db, ct);
        if (problem is not null) return (null, problem);
        var today = WorkingDayCalendar.Today(time);
        var occupations = request.ToOccupations();
        var assessors = request.ToAssessors();
        var refusal = PlanRules.FilingMayReport(context!.Filing, today)
            ?? deadline.Check(today, request.ExamStart!.Value)
            ?? PlanRules.ExamWithinValidity(context.Filing, request.ExamEnd!.Value)
            ?? PlanRules.InsideScope(context.Filing, occupations)
            ?? PlanRules.OddPanelOfThree(occupations, assessors)
            ?? PlanRules.AssessorsQualified(occupations, assessors);
        if (refusal is not null) return (null, refusal.ToProblem());

        var plan = new AssessmentPlan
        {
            Id = RowIds.Next(time.GetUtcNow()), FilingId = context.Filing.Id, InstitutionId = context.Institution.Id,
            ExamStart = request.ExamStart!.Value, ExamEnd = request.ExamEnd!.Value, SubmittedAt = time.GetUtcNow(),
            Occupations = occupations, Assessors = assessors, Sessions = request.ToSessions(),
        };
        var instanceId = await StartAsync(plan, context, offices.Value, engine, user.Identity!.Name, today, ct);
        await StopAnnouncementRemindersAsync(engine, plan, user.Identity!.Name, logs.CreateLogger<PlanSubmissions>(), ct);
        return (new PlanCreated(plan.Id, instanceId), null);
    }

    /// <summary>
    /// The plan row is written alongside the workflow's start: both commit or neither does, so a refused start
    /// leaves no plan behind and a retry does not duplicate one.
    /// </summary>
    private static Task<Guid> StartAsync(AssessmentPlan plan, InstitutionContext context, FilingOptions offices,
        WorkflowEngine engine, string? actor, DateOnly today, CancellationToken ct)
    {
        var variables = context.Variables();
        variables["planId"] = plan.Id.ToString();
        variables["submitted_on"] = IsoDate.Format(today);
        variables["exam_start"] = IsoDate.Format(plan.ExamStart);
        variables["exam_end"] = IsoDate.Format(plan.ExamEnd);
        // Who hears about the review's deadline (plan-submission.bpmn): the clerks' mailbox, then the office's head.
        variables["centre_email"] = offices.CentreEmail;
        variables["centre_supervisor_email"] = offices.SupervisorEmail;
        variables["occupation_summary"] = string.Join("、", plan.Occupations.Select(o => $"{o.OccupationCode}（{o.Level}级，{o.Candidates}人）"));
        return engine.StartAsync(PlanEndpoints.SubmissionProcess, plan.Id.ToString(), variables, actor, ct,
            alongside: (stepDb, _) => { stepDb.Add(plan); return Task.CompletedTask; });
    }

    /// <summary>
    /// A plan for an announced exam ends its reminders. The plan is already filed by then, so nothing here may fail
    /// the submission: with no announcement there is nothing to stop, and any other refusal (a conflict with the
    /// reminder's own timer) is logged — at worst the institution gets a reminder for a plan it has filed.
    /// </summary>
    private static async Task StopAnnouncementRemindersAsync(WorkflowEngine engine, AssessmentPlan plan, string? actor,
        ILogger logger, CancellationToken ct)
    {
        var key = PlanEndpoints.AnnouncementKey(plan.FilingId, plan.ExamStart);
        try
        {
            // Nothing waiting means no announcement to stop: the plan is filed all the same.
            await engine.TryCorrelateAsync(PlanEndpoints.PlanSubmittedMessage, key,
                new Dictionary<string, object?> { ["planId"] = plan.Id.ToString() }, actor, CancellationToken.None);
        }
        catch (WorkflowException e)
        {
            logger.LogWarning(e, "Plan {PlanId} was filed, but the reminders of announcement {Key} could not be stopped ({Code}).",
                plan.Id, key, e.Code);
        }
    }
}
