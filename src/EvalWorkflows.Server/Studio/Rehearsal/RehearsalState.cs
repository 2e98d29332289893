using System.ComponentModel;

namespace EvalWorkflows.Server.Studio.Rehearsal;

/// <summary>Where a rehearsal stands: its clock, what waits, and everything that happened, in order.</summary>
/// <param name="Id">The rehearsal's id.</param>
/// <param name="DefinitionKey">The rehearsed draft's process key.</param>
/// <param name="DefinitionName">The draft's process name.</param>
/// <param name="Now">The sandbox clock's instant.</param>
/// <param name="NowText">The sandbox clock in words (Beijing time).</param>
/// <param name="Status">running, completed or terminated.</param>
/// <param name="StatusText">The status in words.</param>
/// <param name="Variables">The instance's variables now.</param>
/// <param name="Tasks">Open user tasks, each with the outcomes and fields its completion takes.</param>
/// <param name="Timers">Armed timers, earliest first.</param>
/// <param name="Messages">Messages the instance waits for.</param>
/// <param name="Incidents">Unresolved incidents (a step that failed every retry).</param>
/// <param name="Timeline">Every task, timer, message, notice and stand-in step, oldest first.</param>
public sealed record RehearsalState(Guid Id, string DefinitionKey, string? DefinitionName, DateTimeOffset Now, string NowText,
    string Status, string StatusText, IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<RehearsalTask> Tasks,
    IReadOnlyList<RehearsalTimer> Timers, IReadOnlyList<RehearsalWait> Messages, IReadOnlyList<RehearsalIncident> Incidents,
    IReadOnlyList<RehearsalEntry> Timeline);

/// <summary>An open user task of the rehearsal.</summary>
/// <param name="Id">The task's id, for completing it.</param>
/// <param name="ElementId">The user task's element id.</param>
/// <param name="Name">The task's name.</param>
/// <param name="Role">The role that would do it.</param>
/// <param name="DueAt">Its due instant, if it has one.</param>
/// <param name="DueText">The due instant in words.</param>
/// <param name="Outcomes">The outcomes it may be completed with (none: completed without one).</param>
/// <param name="Fields">The fields its form takes.</param>
public sealed record RehearsalTask(Guid Id, string ElementId, string? Name, string? Role, DateTimeOffset? DueAt, string? DueText,
    IReadOnlyList<RehearsalChoice> Outcomes, IReadOnlyList<RehearsalField> Fields);

/// <param name="Value">The value sent.</param>
/// <param name="Text">The value in words.</param>
public sealed record RehearsalChoice(string Value, string Text);

/// <summary>A field of a task form.</summary>
/// <param name="Name">The variable it sets.</param>
/// <param name="Label">Its label.</param>
/// <param name="Hint">How to fill it in, if there is a hint.</param>
/// <param name="Lines">Whether it takes one entry per line.</param>
public sealed record RehearsalField(string Name, string Label, string? Hint, bool Lines);

/// <summary>An armed timer.</summary>
/// <param name="ElementId">The timer event's element id.</param>
/// <param name="Name">Its name.</param>
/// <param name="DueAt">When it fires.</param>
/// <param name="DueText">When it fires, in words.</param>
public sealed record RehearsalTimer(string ElementId, string? Name, DateTimeOffset DueAt, string DueText);

/// <summary>A message the instance waits for.</summary>
/// <param name="ElementId">The catching element.</param>
/// <param name="Name">The element's name.</param>
/// <param name="Message">The message's name, for delivering it.</param>
public sealed record RehearsalWait(string ElementId, string? Name, string Message);

/// <param name="ElementId">The failed element.</param>
/// <param name="Error">What went wrong.</param>
public sealed record RehearsalIncident(string ElementId, string Error);

/// <summary>One thing that happened in the rehearsal.</summary>
/// <param name="At">When, on the sandbox clock.</param>
/// <param name="DateText">When, in words (Beijing time).</param>
/// <param name="Kind">start, task, task-done, timer, message, notice, stand-in, failure, incident or end.</param>
/// <param name="Title">What happened.</param>
/// <param name="Detail">More, e.g. the outcome or what a stand-in would have written.</param>
/// <param name="Notice">The rendered notice, for a notice.</param>
public sealed record RehearsalEntry(DateTimeOffset At, string DateText, string Kind, string Title, string? Detail, RehearsalNotice? Notice);

/// <summary>A notice as it would have been sent.</summary>
/// <param name="Template">The template's name.</param>
/// <param name="To">Its recipients.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Text">Its plain-text body.</param>
public sealed record RehearsalNotice(string Template, IReadOnlyList<string> To, string Subject, string Text);

/// <summary>A draft to rehearse.</summary>
/// <param name="Xml">The BPMN 2.0 XML from the modeler (not deployed).</param>
/// <param name="Variables">Sample start variables; missing ones take the sample values (<c>RehearsalSamples</c>).</param>
/// <param name="Start">The sandbox's start date (YYYY-MM-DD, 09:00 Beijing time); today on the app's clock when absent.</param>
public sealed record StartRehearsalRequest(
    [property: System.ComponentModel.DataAnnotations.MaxLength(2_000_000)] string? Xml,
    Dictionary<string, object?>? Variables,
    [property: System.ComponentModel.DataAnnotations.MaxLength(10)] string? Start) : Api.IValidatedRequest
{
    public IEnumerable<Api.RequestError> Validate() => Api.RequestValidation.Errors(
        Api.ValidationExtensions.Required(Xml, "xml", "流程定义"),
        Start is null || Calendar.IsoDate.TryParse(Start, out _) ? null : new Api.RequestError("start", "排练起始日期的格式应为 YYYY-MM-DD（start）。"));
}

/// <summary>The completion of a rehearsal task.</summary>
/// <param name="Outcome">One of the task's outcomes.</param>
/// <param name="Data">Form fields, by name.</param>
public sealed record CompleteRehearsalTaskRequest(
    [property: System.ComponentModel.DataAnnotations.MaxLength(100)] string? Outcome, Dictionary<string, object?>? Data) : Api.IValidatedRequest;

/// <summary>How far to move the sandbox clock: exactly one of the four.</summary>
/// <param name="To">To this instant.</param>
/// <param name="Days">By this many calendar days.</param>
/// <param name="WorkingDays">To 09:00 on the working day this many working days ahead.</param>
/// <param name="NextTimer">To the next armed timer.</param>
public sealed record AdvanceRehearsalRequest(DateTimeOffset? To, [property: Description("Calendar days, 1 to 3660.")] int? Days,
    [property: Description("Working days, 1 to 2000.")] int? WorkingDays, bool? NextTimer) : Api.IValidatedRequest
{
    public IEnumerable<Api.RequestError> Validate()
    {
        var given = (To is null ? 0 : 1) + (Days is null ? 0 : 1) + (WorkingDays is null ? 0 : 1) + (NextTimer == true ? 1 : 0);
        return Api.RequestValidation.Errors(
            given == 1 ? null : new Api.RequestError("to", "请只选择一种推进方式：到指定时间（to）、按日历日（days）、按工作日（workingDays）或到下一个定时器（nextTimer）。"),
            Days is null or (>= 1 and <= 3660) ? null : new Api.RequestError("days", "日历日数应在 1 到 3660 之间（days）。"),
            WorkingDays is null or (>= 1 and <= 2000) ? null : new Api.RequestError("workingDays", "工作日数应在 1 到 2000 之间（workingDays）。"));
    }
}

/// <summary>A message delivered to the rehearsal.</summary>
/// <param name="Message">The name of a message the instance waits for.</param>
/// <param name="Variables">Variables the message carries.</param>
public sealed record RehearsalMessageRequest([property: System.ComponentModel.DataAnnotations.MaxLength(200)] string? Message,
    Dictionary<string, object?>? Variables) : Api.IValidatedRequest
{
    public IEnumerable<Api.RequestError> Validate() => Api.RequestValidation.Errors(
        Api.ValidationExtensions.Required(Message, "message", "消息名称"));
}
