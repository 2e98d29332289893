using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>
/// The rehearsal API (admins only, under /api/studio): run a draft in a sandbox with its own database and
/// manual clock; nothing it does leaves the sandbox.
/// </summary>
public static class RehearsalEndpoints
{
    public static RouteGroupBuilder MapRehearsalEndpoints(this RouteGroupBuilder studio)
    {
        var group = studio.MapGroup("/rehearsals").WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/", StartAsync)
            .WithSummary("Rehearse a draft (not deployed) in a sandbox with its own database and manual clock; refused with the problems deploy would give")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("A rehearsal's clock, open tasks, armed timers, waits and timeline (tasks, timers, notices with their text)");
        group.MapPost("/{id:guid}/tasks/{taskId:guid}/complete", CompleteAsync)
            .WithSummary("Complete a rehearsal's open task with an outcome and form fields");
        group.MapPost("/{id:guid}/messages", DeliverAsync)
            .WithSummary("Deliver a message the rehearsed instance waits for (e.g. an institution resubmitting)");
        group.MapPost("/{id:guid}/advance", AdvanceAsync)
            .WithSummary("Move a rehearsal's clock forward (to an instant, by days or working days, or to the next timer); timers on the way fire at their own instants");
        group.MapDelete("/{id:guid}", DiscardAsync)
            .WithSummary("End a rehearsal: its sandbox engine stops and its database file is deleted");
        return studio;
    }

    private static async Task<Created<RehearsalState>> StartAsync(StartRehearsalRequest request, RehearsalSandboxes sandboxes,
        RehearsalRuns runs, TimeProvider clock, RehearsalSettings settings, ClaimsPrincipal user, CancellationToken ct)
    {
        var start = request.Start is not null && IsoDate.TryParse(request.Start, out var d) ? d : WorkingDayCalendar.Today(clock);
        var at = request.Start is null ? clock.GetUtcNow()
            : new DateTimeOffset(start.ToDateTime(new TimeOnly(9, 0)), WorkingDayCalendar.ChinaOffset);
        var variables = RehearsalSamples.Merge(RehearsalSamples.For(start, settings), request.Variables);
        var sandbox = await sandboxes.CreateAsync(request.Xml!, variables, at, user.Identity!.Name!, ct);
        return TypedResults.Created($"/api/studio/rehearsals/{sandbox.Id}", await runs.StateAsync(sandbox.Id, ct));
    }

    private static Task<Ok<RehearsalState>> GetAsync([Description("The rehearsal's id.")] Guid id, RehearsalRuns runs, CancellationToken ct) =>
        StateAsync(runs, id, ct);

    private static async Task<Ok<RehearsalState>> StateAsync(RehearsalRuns runs, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await runs.StateAsync(id, ct));

    private static async Task<Ok<RehearsalState>> CompleteAsync([Description("The rehearsal's id.")] Guid id, [Description("The open task's id.")] Guid taskId, CompleteRehearsalTaskRequest request,
        RehearsalRuns runs, CancellationToken ct)
    {
        await runs.CompleteAsync(id, taskId, request, ct);
        return await StateAsync(runs, id, ct);
    }

    private static async Task<Ok<RehearsalState>> DeliverAsync([Description("The rehearsal's id.")] Guid id, RehearsalMessageRequest request, RehearsalRuns runs, CancellationToken ct)
    {
        await runs.DeliverAsync(id, request, ct);
        return await StateAsync(runs, id, ct);
    }

    private static async Task<Ok<RehearsalState>> AdvanceAsync([Description("The rehearsal's id.")] Guid id, AdvanceRehearsalRequest request, RehearsalRuns runs, CancellationToken ct)
    {
        await runs.AdvanceAsync(id, request, ct);
        return await StateAsync(runs, id, ct);
    }

    private static async Task<Results<NoContent, NotFound>> DiscardAsync([Description("The rehearsal's id.")] Guid id, RehearsalSandboxes sandboxes) =>
        await sandboxes.DiscardAsync(id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
