using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Supervision;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Plans;

public static class PlanEndpoints
{
    public const string SubmissionProcess = "plan-submission";
    public const string AnnouncementProcess = "plan-announcement";
    public const string PlanSubmittedMessage = "plan-submitted";

    /// <summary>Plans, their supervision reports and result publicity.</summary>
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapPost("/", SubmitAsync).WithSummary("Submit an assessment plan (5 working days before the exam, 002 §四(一))").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/announcements", AnnounceAsync).WithSummary("Announce an exam date before its plan is ready, learning the submission deadline").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/{id:guid}/supervisor", SupervisorAssignment.AssignAsync).WithSummary("Dispatch a quality supervisor to a batch (001 art. 17)").RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin));
        plans.MapSupervisionEndpoints();
        plans.MapResultEndpoints();
        api.MapPublicityEndpoints();
        return app;
    }

    /// <summary>The key that ties an announced exam to the plan that later arrives for it.</summary>
    public static string AnnouncementKey(Guid filingId, DateOnly examStart) => $"{filingId}/{IsoDate.Format(examStart)}";

    private static async Task<Results<Created<PlanCreated>, ProblemHttpResult>> SubmitAsync(SubmitPlanRequest request,
        ClaimsPrincipal user, AppDbContext db, WorkflowEngine engine, PlanSubmissionDeadline deadline, TimeProvider time,
        IOptions<FilingOptions> offices, ILoggerFactory logs, CancellationToken ct)
    {
        var (context, problem) = await InstitutionContext.LoadAsync(user, request.FilingId!.Value, db, ct);
        if (problem is not null) return problem;
        var today = WorkingDayCalendar.Today(time);
        var occupations = request.ToOccupations();
        var assessors = request.ToAssessors();
        var refusal = PlanRules.FilingMayReport(context!.Filing, today)
            ?? deadline.Check(today, request.ExamStart!.Value)
            ?? PlanRules.ExamWithinValidity(context.Filing, request.ExamEnd!.Value)
            ?? PlanRules.InsideScope(context.Filing, occupations)
            ?? PlanRules.OddPanelOfThree(occupations, assessors)
            ?? PlanRules.AssessorsQualified(occupations, assessors);
        if (refusal is not null) return refusal.ToProblem();

        var plan = new AssessmentPlan
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), FilingId = context.Filing.Id, InstitutionId = context.Institution.Id,
            ExamStart = request.ExamStart!.Value, ExamEnd = request.ExamEnd!.Value, SubmittedAt = time.GetUtcNow(),
            Occupations = occupations, Assessors = assessors, Sessions = request.ToSessions(),
        };
        var instanceId = await StartAsync(plan, context, offices.Value, engine, user.Identity!.Name, today, ct);
        await StopAnnouncementRemindersAsync(engine, plan, user.Identity!.Name, logs.CreateLogger(typeof(PlanEndpoints)), ct);
        return TypedResults.Created($"/api/plans/{plan.Id}", new PlanCreated(plan.Id, instanceId));
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
        return engine.StartAsync(SubmissionProcess, plan.Id.ToString(), variables, actor, ct,
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
        var key = AnnouncementKey(plan.FilingId, plan.ExamStart);
        try
        {
            // Nothing waiting means no announcement to stop: the plan is filed all the same.
            await engine.TryCorrelateAsync(PlanSubmittedMessage, key,
                new Dictionary<string, object?> { ["planId"] = plan.Id.ToString() }, actor, CancellationToken.None);
        }
        catch (WorkflowException e)
        {
            logger.LogWarning(e, "Plan {PlanId} was filed, but the reminders of announcement {Key} could not be stopped ({Code}).",
                plan.Id, key, e.Code);
        }
    }

    private static async Task<Results<Created<ExamAnnounced>, ProblemHttpResult>> AnnounceAsync(AnnounceExamRequest request,
        ClaimsPrincipal user, AppDbContext db, WorkflowEngine engine, PlanSubmissionDeadline deadline, TimeProvider time,
        CancellationToken ct)
    {
        var (context, problem) = await InstitutionContext.LoadAsync(user, request.FilingId!.Value, db, ct);
        if (problem is not null) return problem;
        var today = WorkingDayCalendar.Today(time);
        var examStart = request.ExamStart!.Value;
        if ((PlanRules.FilingMayReport(context!.Filing, today) ?? deadline.Check(today, examStart)) is { } refusal)
            return refusal.ToProblem();
        var variables = context.Variables();
        variables["exam_start"] = IsoDate.Format(examStart);
        variables["submission_deadline"] = IsoDate.Format(deadline.LastSubmissionDay(examStart));
        var id = await engine.StartAsync(AnnouncementProcess, AnnouncementKey(context.Filing.Id, examStart), variables,
            user.Identity!.Name, ct);
        return TypedResults.Created($"/api/instances/{id}", new ExamAnnounced(id, (string)variables["submission_deadline"]!));
    }
}
