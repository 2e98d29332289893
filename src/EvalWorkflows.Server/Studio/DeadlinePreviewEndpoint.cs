using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Studio;

/// <summary>A definition (deployed or not) and the sample start date its deadlines are computed from.</summary>
/// <param name="Xml">The BPMN 2.0 XML, as the modeler holds it.</param>
/// <param name="Start">The sample start date (YYYY-MM-DD): the instance starts at 09:00 Beijing time that day, and every variable an expression reads is that date.</param>
public sealed record DeadlinePreviewRequest([property: MaxLength(2_000_000)] string? Xml, [property: MaxLength(10)] string? Start) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ValidationExtensions.Required(Xml, "xml", "流程定义"),
        IsoDate.TryParse(Start, out _) ? null : new RequestError("start", "请填写样例起算日，格式为 YYYY-MM-DD（start）。"));
}

/// <summary>One deadline of the preview.</summary>
/// <param name="ElementId">The user task (due date) or timer event.</param>
/// <param name="ElementType">The element's BPMN type, e.g. userTask or boundaryEvent.</param>
/// <param name="Name">The element's name, if it has one.</param>
/// <param name="Expression">The due-date expression or timer text that was evaluated.</param>
/// <param name="At">The instant it gives; absent when it cannot be computed.</param>
/// <param name="Error">Why it cannot be computed, when it cannot.</param>
/// <param name="Text">The instant in words (Beijing time), or why it cannot be computed.</param>
/// <param name="Warnings">Calendar warnings, e.g. a year without official working-day data.</param>
public sealed record PreviewedDeadline(string ElementId, string ElementType, string? Name, string Expression,
    DateTimeOffset? At, string Text, string? Error, IReadOnlyList<string> Warnings);

/// <param name="StartText">The sample start date in words.</param>
/// <param name="Deadlines">Every user task due date, then every timer, in the definition.</param>
public sealed record DeadlinePreviewResult(string StartText, IReadOnlyList<PreviewedDeadline> Deadlines);

public static class DeadlinePreviewEndpoint
{
    /// <summary>The hour a sample instance starts: offices open, as the demo clock does.</summary>
    private static readonly TimeOnly StartTime = new(9, 0);

    public static RouteHandlerBuilder MapDeadlinePreview(this RouteGroupBuilder group) =>
        group.MapPost("/deadline-preview", Preview).WithRequestValidation()
            .WithSummary("Every due date and timer of a definition computed on the official working-day calendar for a sample start date")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Ok<DeadlinePreviewResult> Preview(DeadlinePreviewRequest request, WorkflowEngine engine, IOptions<EngineLimits> limits)
    {
        IsoDate.TryParse(request.Start, out var start);
        var (graph, problems) = BpmnParser.Parse(request.Xml!, limits.Value);
        if (graph is null) throw new DefinitionInvalidException(problems);
        var now = new DateTimeOffset(start.ToDateTime(StartTime), WorkingDayCalendar.ChinaOffset);
        var deadlines = engine.PreviewDeadlines(graph, now, start).Select(d => new PreviewedDeadline(
            d.ElementId, d.ElementType, d.ElementName, d.Expression, d.At,
            d.At is { } at ? ChineseDates.DeadlineTime(at) : $"无法计算：{d.Error}", d.Error, d.Warnings)).ToList();
        return TypedResults.Ok(new DeadlinePreviewResult(ChineseDates.DateWithWeekday(start), deadlines));
    }
}
