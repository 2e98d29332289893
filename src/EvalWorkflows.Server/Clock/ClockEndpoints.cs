using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Clock;

/// <summary>Move the clock either to an instant or by whole days — exactly one of the two.</summary>
/// <param name="To">The instant (ISO 8601, e.g. 2025-03-10T09:00:00+08:00) or date to move to.</param>
/// <param name="Days">Whole days to move forward.</param>
public sealed record AdvanceClockRequest([property: MaxLength(64)] string? To, int? Days) : IValidatedRequest
{
    /// <summary>About thirty years: enough to walk any filing's whole life in one call.</summary>
    public const int MaxDays = 11_000;

    public IEnumerable<RequestError> Validate()
    {
        if (To is null == Days is null)
            yield return new RequestError(To is null ? "to" : "days", "请只填写 to（目标时刻）或 days（前进天数）中的一项。");
        if (To is not null && !TimerExpressions.TryParseInstant(To, WorkingDayCalendar.ChinaOffset, out _))
            yield return new RequestError("to", "to 必须是 ISO 8601 时刻（如 2025-03-10T09:00:00+08:00）或日期。");
        if (Days < 0)
            yield return new RequestError("days", "时钟只能向前拨，days 不能为负数。");
        if (Days > MaxDays)
            yield return new RequestError("days", $"一次最多拨动 {MaxDays} 天。");
    }
}

/// <summary>The application clock.</summary>
/// <param name="Now">The clock's current time, an instant with offset.</param>
/// <param name="Mode">System or Manual.</param>
public sealed record ClockState(DateTimeOffset Now, string Mode);

/// <summary>The answer to moving the manual clock.</summary>
/// <param name="Now">The clock's time after the move, an instant with offset.</param>
/// <param name="FiredJobs">How many due jobs (timers, reminders) ran on the way.</param>
public sealed record ClockAdvanced(DateTimeOffset Now, int FiredJobs);

public static class ClockEndpoints
{
    public static IEndpointRouteBuilder MapClockEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clock").WithTags("Clock").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        // docs/api.md: both clock paths exist only under a manual clock (404 otherwise).
        group.MapGet("/", (TimeProvider clock, IOptions<ClockOptions> options) =>
            TypedResults.Ok(new ClockState(clock.GetUtcNow(), options.Value.Mode.ToString()))).AddEndpointFilter(RequireManualClock)
            .WithSummary("The manual clock: now and its mode");
        // The mode is checked before the body: with a system clock there is nothing to advance at all.
        group.MapPost("/advance", AdvanceAsync).WithSummary("Move the manual clock forward, firing every timer due by then").AddEndpointFilter(RequireManualClock).WithRequestValidation();
        return app;
    }

    private static async ValueTask<object?> RequireManualClock(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<TimeProvider>() is ManualClock
            ? await next(context)
            : ApiProblems.NotFound("CLOCK_NOT_MANUAL", "当前使用系统时钟（未设置 Clock:Mode=Manual），不能拨动时钟。");

    private static async Task<Results<Ok<ClockAdvanced>, ProblemHttpResult>> AdvanceAsync(
        AdvanceClockRequest request, ManualClock clock, ClockAdvancer advancer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset target;
        if (request.To is { } to)
        {
            TimerExpressions.TryParseInstant(to, WorkingDayCalendar.ChinaOffset, out target);
            if (target < now)
                return ApiProblems.BadRequest("to",
                    $"时钟只能向前拨：目标时刻早于当前时刻 {ChineseDates.DateTime(now)}。");
        }
        else target = now.AddDays(request.Days!.Value);
        var fired = await advancer.AdvanceToAsync(target, ct);
        return TypedResults.Ok(new ClockAdvanced(clock.GetUtcNow(), fired));
    }
}
