using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Renewals;

/// <summary>An application to renew a filing (004 §四).</summary>
/// <param name="FilingId">The filing to renew.</param>
/// <param name="Statement">The renewal statement and summary of the period's work.</param>
/// <param name="BatchExplanation">Why fewer batches were held than expected, where that applies.</param>
/// <param name="IncentiveEvidence">Evidence of incentives or awards.</param>
/// <param name="UnfinishedRectification">Whether a rectification ordered earlier is still open.</param>
public sealed record ApplyForRenewal(Guid? FilingId, [property: MaxLength(10_000)] string? Statement,
    [property: MaxLength(5000)] string? BatchExplanation, [property: MaxLength(5000)] string? IncentiveEvidence,
    bool UnfinishedRectification) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        FilingId is null ? new RequestError("filingId", "请填写备案编号（filingId）。") : null,
        ValidationExtensions.Required(Statement, "statement", "续期申请说明及工作总结"));
}

/// <summary>A renewal application (续期申请) and its evaluation.</summary>
/// <param name="Id">The renewal application's id.</param>
/// <param name="FilingId">The id of the filing to renew.</param>
/// <param name="ReceivedOn">Day the application was received, ISO yyyy-MM-dd.</param>
/// <param name="Late">Whether it arrived after the renewal window, in the grace period.</param>
/// <param name="Status">received, passed or failed.</param>
/// <param name="Checks">The conditions of 004 §三 and whether each is met.</param>
/// <param name="DecidedOn">Day the evaluation was decided, ISO yyyy-MM-dd; null until decided.</param>
/// <param name="Reasons">Why the renewal failed, in Chinese; null unless failed.</param>
/// <param name="InstanceId">The id of the renewal workflow instance, if one runs.</param>
public sealed record RenewalView(Guid Id, Guid FilingId, DateOnly ReceivedOn, bool Late, string Status,
    IReadOnlyList<RenewalCheck> Checks, DateOnly? DecidedOn, string? Reasons, Guid? InstanceId);

public static class RenewalEndpoints
{
    public static IEndpointRouteBuilder MapRenewalEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/renewals").WithTags("Renewals").WithRequestValidation();
        group.MapPost("/", ApplyAsync).WithSummary("Apply for renewal of a filing (004 §四)").RequireAuthorization(p => p.RequireRole(Roles.Institution));
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One renewal application with its checks and decision").RequireAuthorization();
        return app;
    }

    private static async Task<Results<Created<CreatedRecord>, ProblemHttpResult>> ApplyAsync(ApplyForRenewal request,
        RenewalSubmissions renewals, ClaimsPrincipal user, CancellationToken ct)
    {
        var (id, refusal) = await renewals.ApplyAsync(request, user, ct);
        return refusal is not null ? refusal.ToProblem() : TypedResults.Created($"/api/renewals/{id}", new CreatedRecord(id!.Value));
    }

    private static async Task<Results<Ok<RenewalView>, ProblemHttpResult>> GetAsync(
        [Description("The renewal application's id.")] Guid id, AppDbContext db,
        UserManager<AppUser> users, ClaimsPrincipal user, CancellationToken ct)
    {
        var a = await db.Set<RenewalApplication>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await LifecycleApi.MayReadAsync(users, user, a.InstitutionId))
            return ApiProblems.NotFound("RENEWAL_NOT_FOUND", "未找到该续期申请。");
        return TypedResults.Ok(new RenewalView(a.Id, a.FilingId, a.ReceivedOn, a.Late, a.Status.ToString().ToLowerInvariant(),
            a.Checks, a.DecidedOn, a.Reasons, a.InstanceId));
    }
}
