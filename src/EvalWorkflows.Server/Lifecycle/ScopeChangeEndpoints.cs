using EvalWorkflows.Engine.Persistence;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>A request to add or change occupations (work types) and levels of a filing.</summary>
/// <param name="Description">The occupations and levels to add or change.</param>
public sealed record RequestScopeChange([property: MaxLength(2000)] string? Description) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(Description, "description", "新增或变更的职业（工种）及等级"));
}

public static class ScopeChangeEndpoints
{
    public static IEndpointRouteBuilder MapScopeChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/filings/{id:guid}/scope-changes", RequestAsync).WithSummary("Ask to add or change occupations and levels of a filing").WithTags("Filings")
            .WithRequestValidation().RequireAuthorization(p => p.RequireRole(Roles.Institution));
        return app;
    }

    /// <summary>Records a scope change for a clerk's review (202), unless the renewal window has frozen the scope.</summary>
    private static async Task<Results<Accepted<CreatedRecord>, ProblemHttpResult>> RequestAsync([Description("The filing's id.")] Guid id,
        RequestScopeChange request, ScopeChangeSubmissions changes, ClaimsPrincipal user, CancellationToken ct)
    {
        var (changeId, refusal) = await changes.RequestAsync(id, request, user, ct);
        return refusal is not null
            ? refusal.ToProblem()
            : TypedResults.Accepted($"/api/filings/{id}/scope-changes/{changeId}", new CreatedRecord(changeId!.Value));
    }
}

/// <summary>
/// Asking to add or change occupations and levels of a filing: the one path
/// <c>POST /api/filings/{id}/scope-changes</c> and the portal's scope-change page take. Refused while the renewal
/// window has frozen the scope (004 §五(一)).
/// </summary>
public sealed class ScopeChangeSubmissions(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public async Task<(Guid? Id, Refusal? Refusal)> RequestAsync(Guid filingId, RequestScopeChange request, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var filing = await LifecycleApi.OwnFilingAsync(db, users, user, filingId, ct);
        if (filing is null) return (null, LifecycleApi.FilingNotFound());
        if (Frozen(filing, WorkingDayCalendar.Today(time)) is { } frozen) return (null, frozen);
        var change = new ScopeChangeRequest
        {
            Id = RowIds.Next(time.GetUtcNow()), FilingId = filing.Id, RequestedAt = time.GetUtcNow(),
            Description = request.Description!.Trim(), RequestedBy = user.Identity?.Name,
        };
        db.Add(change);
        await db.SaveChangesAsync(ct);
        return (change.Id, null);
    }

    /// <summary>The refusal while the renewal window has frozen the filing's scope (004 §五(一)); null otherwise.</summary>
    public static Refusal? Frozen(Filing filing, DateOnly today) => FilingDates.ScopeChangesFrozen(filing, today)
        ? new Refusal("SCOPE_FROZEN",
            $"备案有效期届满前90日内（{ChineseDates.Date(filing.RenewalOpensOn!.Value)}至{ChineseDates.Date(filing.ValidUntil!.Value)}）暂停受理评价职业（工种）新增、变更申请。",
            "description", "004 §五(一)")
        : null;
}
