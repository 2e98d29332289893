using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;

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
        plans.MapPost("/", SubmitAsync).RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/announcements", AnnounceAsync).RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/{id:guid}/supervisor", SupervisorAssignment.AssignAsync).RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin));
        plans.MapSupervisionEndpoints();
        plans.MapResultEndpoints();
        api.MapPublicityEndpoints();
        return app;
    }

    /// <summary>The key that ties an announced exam to the plan that later arrives for it.</summary>
    public static string AnnouncementKey(Guid filingId, DateOnly examStart) => $"{filingId}/{IsoDate.Format(examStart)}";

    private static async Task<Results<Created<PlanCreated>, ProblemHttpResult>> SubmitAsync(SubmitPlanRequest request,
        ClaimsPrincipal user, AppDbContext db, WorkflowEngine engine, PlanSubmissionDeadline deadline, TimeProvider time,
        CancellationToken ct)
    {
        var (context, problem) = await InstitutionContext.LoadAsync(user, request.FilingId!.Value, db, ct);
        if (problem is not null) return problem;
        var today = WorkingDayCalendar.Today(time);
        var occupations = request.ToOccupations();
        var assessors = request.ToAssessors();
        var refusal = PlanRules.FilingMayReport(context!.Filing, today)
            ?? deadline.Check(today, request.ExamStart!.Value)
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
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        var instanceId = await StartOrUndoAsync(plan, context, engine, db, user.Identity!.Name, today);
        await StopAnnouncementRemindersAsync(engine, plan, user.Identity!.Name, ct);
        return TypedResults.Created($"/api/plans/{plan.Id}", new PlanCreated(plan.Id, instanceId));
    }

    /// <summary>The plan row and its workflow exist together or not at all: a failed start removes the plan again.</summary>
    private static async Task<Guid> StartOrUndoAsync(AssessmentPlan plan, InstitutionContext context, WorkflowEngine engine,
        AppDbContext db, string? actor, DateOnly today)
    {
        var variables = context.Variables();
        variables["planId"] = plan.Id.ToString();
        variables["submitted_on"] = IsoDate.Format(today);
        variables["exam_start"] = IsoDate.Format(plan.ExamStart);
        variables["exam_end"] = IsoDate.Format(plan.ExamEnd);
        variables["occupation_summary"] = string.Join("、", plan.Occupations.Select(o => $"{o.OccupationCode}（{o.Level}级，{o.Candidates}人）"));
        try
        {
            return await engine.StartAsync(SubmissionProcess, plan.Id.ToString(), variables, actor, CancellationToken.None);
        }
        catch
        {
            db.Remove(plan);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>A plan for an announced exam ends its reminders; with no announcement there is nothing to stop.</summary>
    private static async Task StopAnnouncementRemindersAsync(WorkflowEngine engine, AssessmentPlan plan, string? actor, CancellationToken ct)
    {
        try
        {
            await engine.CorrelateMessageAsync(PlanSubmittedMessage, AnnouncementKey(plan.FilingId, plan.ExamStart),
                new Dictionary<string, object?> { ["planId"] = plan.Id.ToString() }, actor, ct);
        }
        catch (NotFoundException e) when (e.Code == "NO_SUBSCRIBER")
        {
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
