using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using System.ComponentModel;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// Objections from the public during result publicity (002 §四(三)), and the institution's answers to them. The
/// publicity id is the plan id: a batch has one publicity, restarted in place when an objection is upheld.
/// </summary>
public static class PublicityEndpoints
{
    public const string ObjectionMessage = "objection-raised";

    public static RouteGroupBuilder MapPublicityEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/publicity/{id:guid}/objections", RaiseAsync).WithSummary("Raise an objection while results are publicised").WithTags("Publicity").AllowAnonymous().RequireAnonymousRateLimit();
        api.MapGet("/publicity/{id:guid}/objections", ListAsync).WithSummary("The objections raised against a batch's results, with the institution's answers")
            .WithTags("Publicity").RequireAuthorization(p => p.RequireRole([Roles.Institution, .. Roles.Staff]));
        api.MapPost("/publicity/{id:guid}/objections/{objectionId:guid}/answer", AnswerAsync)
            .WithSummary("The institution answers an open objection to its batch's results (text and uploaded files)")
            .WithTags("Publicity").RequireAuthorization(p => p.RequireRole(Roles.Institution)).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Created<ObjectionRaised>, ProblemHttpResult>> RaiseAsync(
        [Description("The id of the assessment plan (batch) whose results are publicised.")] Guid id,
        RaiseObjectionRequest request, AppDbContext db, WorkflowEngine engine, TimeProvider time, CancellationToken ct)
    {
        var plan = await db.Set<AssessmentPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound("PUBLICITY_NOT_FOUND", $"公示 {id} 不存在。");
        var today = WorkingDayCalendar.Today(time);
        if (plan.Status != PlanStatus.Publicity || plan.PublicityEndsOn is not { } endsOn || today > endsOn)
            return new Refusal("PUBLICITY_CLOSED", "该批次结果当前不在公示期内，不能提出异议。", null, "002 §四(三)").ToProblem();
        var objection = NewObjection(id, request, time);
        // The objection and the clerk's task commit together: a refused step (409, 500) keeps neither, so a
        // retry starts clean instead of leaving an objection no workflow knows about.
        var awaited = await engine.TryCorrelateAsync(ObjectionMessage, id.ToString(),
            new Dictionary<string, object?> { ["objection_text"] = objection.Content }, "public", ct,
            alongside: (stepDb, _) => { stepDb.Add(objection); return Task.CompletedTask; });
        if (!awaited)
        {
            // A clerk is handling an earlier objection: this one is stored open, and the workflow takes it up when
            // that one is decided, or at the latest before the upload is asked for (result-publicity, countOpen).
            objection = NewObjection(id, request, time);
            db.Add(objection);
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Created($"/api/publicity/{id}/objections/{objection.Id}",
            new ObjectionRaised(objection.Id, IsoDate.Format(endsOn)));
    }

    private static async Task<Results<Ok<Paged<ObjectionView>>, ProblemHttpResult>> ListAsync(
        [Description("The id of the assessment plan (batch) whose results are publicised.")] Guid id,
        [AsParameters] PageQuery page, ClaimsPrincipal user, AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        var institutionId = await db.Set<AssessmentPlan>().Where(p => p.Id == id).Select(p => (Guid?)p.InstitutionId).FirstOrDefaultAsync(ct);
        if (institutionId is null || !Roles.Staff.Any(user.IsInRole) && await InstitutionAccess.InstitutionOfAsync(user, users) != institutionId)
            return ApiProblems.NotFound("PUBLICITY_NOT_FOUND", $"公示 {id} 不存在。");
        var objections = await db.Set<PublicityObjection>().AsNoTracking().Where(o => o.PlanId == id).OrderBy(o => o.RaisedAt)
            .ToPageAsync(page, ct);
        var files = await PlanFiles.OfPlanAsync(db, id, ct);
        return TypedResults.Ok(objections.Select(o => ObjectionView.Of(o, files[o.Id])));
    }

    private static async Task<Results<Ok, ProblemHttpResult>> AnswerAsync(
        [Description("The id of the assessment plan (batch) whose results are publicised.")] Guid id,
        [Description("The objection's id, as the objection list gives it.")] Guid objectionId,
        AnswerObjectionRequest request, ClaimsPrincipal user, ObjectionAnswers answers, CancellationToken ct) =>
        await answers.AnswerAsync(id, objectionId, request, user, ct) is { } refusal ? refusal.ToProblem() : TypedResults.Ok();

    private static PublicityObjection NewObjection(Guid planId, RaiseObjectionRequest request, TimeProvider time) => new()
    {
        Id = RowIds.Next(time.GetUtcNow()), PlanId = planId, RaisedBy = request.Name!.Trim(),
        Contact = request.Contact!.Trim(), Content = request.Content!.Trim(), RaisedAt = time.GetUtcNow(),
    };
}
