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
        plans.MapGet("/deadline", Deadline).WithSummary("For an exam date, the last day its plan is on time and the earliest exam date for a plan submitted today (002 §四(一))").RequireAuthorization();
        plans.MapPost("/announcements", AnnounceAsync).WithSummary("Announce an exam date before its plan is ready, learning the submission deadline").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        plans.MapPost("/{id:guid}/supervisor", SupervisorAssignment.AssignAsync).WithSummary("Dispatch a quality supervisor to a batch (001 art. 17)").RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin));
        return app;
    }

    /// <summary>The key that ties an announced exam to the plan that later arrives for it.</summary>
    public static string AnnouncementKey(Guid filingId, DateOnly examStart) => $"{filingId}/{IsoDate.Format(examStart)}";

    private static async Task<Results<Created<PlanCreated>, ProblemHttpResult>> SubmitAsync(SubmitPlanRequest request,
        ClaimsPrincipal user, PlanSubmissions submissions, CancellationToken ct)
    {
        var (created, problem) = await submissions.SubmitAsync(request, user, ct);
        return problem is not null ? problem : TypedResults.Created($"/api/plans/{created!.Id}", created);
    }

    /// <summary>
    /// <c>GET /api/plans/deadline?examStart=</c>: for an exam on that day, the last day a plan is on time and, for a
    /// plan submitted today, the earliest exam date — the 002 §四(一) rule the submission applies, for a live form.
    /// </summary>
    private static Ok<PlanDeadlineView> Deadline(DateOnly? examStart, PlanSubmissionDeadline deadline, TimeProvider time)
    {
        var today = WorkingDayCalendar.Today(time);
        var earliest = deadline.EarliestExamDate(today);
        if (examStart is not { } exam) return TypedResults.Ok(new PlanDeadlineView(today, earliest, null, null, null, PlanSubmissionDeadline.Basis));
        var refusal = deadline.Check(today, exam);
        return TypedResults.Ok(new PlanDeadlineView(today, earliest, exam, deadline.LastSubmissionDay(exam), refusal?.Detail,
            PlanSubmissionDeadline.Basis));
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
