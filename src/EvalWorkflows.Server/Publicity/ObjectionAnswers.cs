using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// The institution answers an objection raised against its batch's results while the objection is open (002 §四(三):
/// the centre checks the objection; the institution's account and evidence are part of that check). The one path
/// <c>POST /api/publicity/{id}/objections/{objectionId}/answer</c> and the portal's batch page take: the answer
/// and its files are written in the step that takes the message <see cref="AnsweredMessage"/>.
/// </summary>
public sealed class ObjectionAnswers(AppDbContext db, WorkflowEngine engine, PlanFiles files, TimeProvider time)
{
    public const string AnsweredMessage = "objection-answered";
    private const string Basis = "002 §四(三)";
    private const string NotOpen = "OBJECTION_NOT_OPEN";

    public async Task<Refusal?> AnswerAsync(Guid planId, Guid objectionId, AnswerObjectionRequest request, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return Refusal.Invalid(invalid);
        var plan = await db.Set<AssessmentPlan>().AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.FilingId, p.InstitutionId }).FirstOrDefaultAsync(ct);
        if (plan is null) return new("PLAN_NOT_FOUND", $"考核计划 {planId} 不存在。", null, null, Status: StatusCodes.Status404NotFound);
        var (_, notOwn) = await InstitutionContext.FindAsync(user, plan.FilingId, db, ct);
        if (notOwn is not null) return notOwn;
        var objection = await db.Set<PublicityObjection>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectionId && o.PlanId == planId, ct);
        if (objection is null)
            return new("OBJECTION_NOT_FOUND", $"异议 {objectionId} 不存在。", null, null, Status: StatusCodes.Status404NotFound);
        if (Closed(objection) is { } closed) return closed;
        if (await files.CheckAsync(plan.InstitutionId, request.FileIds, ct) is { } refused) return refused;
        var actor = user.Identity!.Name;
        try
        {
            var awaited = await engine.TryCorrelateAsync(AnsweredMessage, planId.ToString(),
                new Dictionary<string, object?> { ["answered_objection_id"] = objectionId.ToString() }, actor, ct,
                alongside: (stepDb, c) => RecordAsync(stepDb, planId, objectionId, request, actor, c));
            return awaited ? null : Refusal.Conflict("PUBLICITY_ENDED", "该批次的结果公示已办结，不能再答复异议。", null, Basis);
        }
        catch (ConflictException e) when (e.Code == NotOpen)
        {
            // Decided or answered between the check above and the step: say which, from the row as it is now.
            var now = await db.Set<PublicityObjection>().AsNoTracking().FirstAsync(o => o.Id == objectionId, ct);
            return Closed(now) ?? Refusal.Conflict(NotOpen, e.Message, null, Basis);
        }
    }

    /// <summary>Only an open objection is answered, and once: the answer is part of the record the clerk decides on.</summary>
    private static Refusal? Closed(PublicityObjection objection) =>
        objection.Status != ObjectionStatus.Open
            ? Refusal.Conflict("OBJECTION_DECIDED", "该异议已由鉴定中心处理完毕，不能再答复。", null, Basis)
            : objection.AnsweredAt is { } at
                ? Refusal.Conflict("OBJECTION_ALREADY_ANSWERED", $"该异议已于{ChineseDates.DateTime(at)}答复，不能重复答复。", null, Basis)
                : null;

    private async Task RecordAsync(DbContext stepDb, Guid planId, Guid objectionId, AnswerObjectionRequest request, string? actor,
        CancellationToken ct)
    {
        var answer = request.Answer!.Trim();
        var now = time.GetUtcNow();
        var recorded = await stepDb.Set<PublicityObjection>()
            .Where(o => o.Id == objectionId && o.Status == ObjectionStatus.Open && o.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Answer, answer).SetProperty(o => o.AnsweredAt, now)
                .SetProperty(o => o.AnsweredBy, actor), ct);
        if (recorded == 0) throw new ConflictException(NotOpen, "该异议已处理或已答复，不能再答复。");
        await PlanFiles.AttachAsync(stepDb, planId, objectionId, request.FileIds, ct);
    }
}
