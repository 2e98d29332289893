using EvalWorkflows.Engine;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Studio.Rehearsal.Pages;

/// <summary>
/// 排练 — one rehearsal driven with forms: complete its tasks, deliver what it waits for, move its clock, read
/// its timeline. Every action goes through <see cref="RehearsalRuns"/>, as the API's do.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class RehearsalModel(RehearsalRuns runs, RehearsalSandboxes sandboxes) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public RehearsalState? State { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostCompleteAsync(Guid taskId, string? outcome, CancellationToken ct) => ActAsync(async () =>
    {
        var task = (await runs.StateAsync(Id, ct)).Tasks.FirstOrDefault(t => t.Id == taskId);
        var fields = TaskForms.FieldsOf(string.Join(",", task?.Fields.Select(f => f.Name) ?? []));
        var posted = fields.ToDictionary(f => f.Name, f => (string?)Request.Form[f.Name].ToString());
        await runs.CompleteAsync(Id, taskId, new CompleteRehearsalTaskRequest(outcome, TaskForms.ToData(fields, posted)), ct);
        return $"已办结任务“{task?.Name}”。";
    }, ct);

    public Task<IActionResult> OnPostMessageAsync(string? message, CancellationToken ct) => ActAsync(async () =>
    {
        await runs.DeliverAsync(Id, new RehearsalMessageRequest(message, null), ct);
        return "流程已收到消息。";
    }, ct);

    public Task<IActionResult> OnPostAdvanceAsync(string? by, int? amount, CancellationToken ct) => ActAsync(async () =>
    {
        var request = by switch
        {
            "days" => new AdvanceRehearsalRequest(null, amount ?? 0, null, null),
            "workingDays" => new AdvanceRehearsalRequest(null, null, amount ?? 0, null),
            _ => new AdvanceRehearsalRequest(null, null, null, true),
        };
        if (Api.RequestValidation.Check(request) is [var first, ..]) throw new WorkflowException("INVALID_REQUEST", first.Detail, "amount");
        await runs.AdvanceAsync(Id, request, ct);
        return "排练时钟已推进。";
    }, ct);

    public async Task<IActionResult> OnPostDiscardAsync()
    {
        await sandboxes.DiscardAsync(Id);
        TempData["Message"] = "排练已结束，沙箱及其数据库已删除。";
        return Redirect("/studio");
    }

    /// <summary>Runs an action; a refusal is shown beside its field on the same page, success after a redirect.</summary>
    private async Task<IActionResult> ActAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
            return RedirectToPage(new { id = Id });
        }
        catch (WorkflowException e)
        {
            ModelState.AddModelError(e.Field ?? "", e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        try { State = await runs.StateAsync(Id, ct); }
        catch (NotFoundException) { State = null; }
    }
}
