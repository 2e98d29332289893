using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages.Shared;
using EvalWorkflows.Server.Sources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>
/// One task: its case, materials, checks and the instance's timeline, and the form generated from the task's
/// declared fields and outcomes, completed through <see cref="TaskCompletion"/> like the API.
/// </summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Clerk},{Roles.Supervisor},{Roles.Evaluator}")]
public sealed class TaskModel(AppDbContext db, TaskCompletion completion, InstanceJournal journal, ProcessNames processes,
    TimeProvider time, LegalSourceRegistry sources) : PageModel
{
    public UserTaskRecord Task { get; private set; } = null!;
    public InstanceRecord Instance { get; private set; } = null!;
    public string ProcessName { get; private set; } = "";
    public CaseFile Case { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<TaskField> Fields { get; private set; } = [];
    public IReadOnlyList<string> Outcomes { get; private set; } = [];
    public bool MayWork { get; private set; }
    public DateTimeOffset Now { get; private set; }
    [BindProperty] public string? Outcome { get; set; }
    public Dictionary<string, string?> Values { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Task.Status != TaskStatus.Open) return Page();
        if (!MayWork) return Forbid();
        foreach (var field in Fields) Values[field.Name] = Request.Form[field.Name].ToString();
        try
        {
            var data = TaskForms.ToData(Fields, Values);
            if (await completion.CompleteAsync(Task, Outcome, data, User.Identity!.Name, ct) is { } problem)
            {
                AddError(problem.Extensions.TryGetValue("field", out var f) ? f?.ToString() : null,
                    problem.Detail!, problem.Extensions.TryGetValue("basis", out var b) ? b?.ToString() : null);
                return Page();
            }
        }
        catch (ConflictException)
        {
            // Someone else completed it meanwhile: the page shows who and when instead of an error.
            await LoadAsync(id, ct);
            return Page();
        }
        catch (WorkflowException e)
        {
            AddError(e.Field, e.Message, null);
            return Page();
        }
        TempData["TaskMessage"] = $"已办结：{Task.Name}";
        return Redirect("/tasks");
    }

    private void AddError(string? field, string detail, string? basis)
    {
        var key = field is not null && (field == "outcome" || Fields.Any(f => f.Name == field)) ? field == "outcome" ? nameof(Outcome) : field : "";
        ModelState.AddModelError(key, RefusalText.Describe(detail, basis, sources));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Now = time.GetUtcNow();
        var task = await db.Set<UserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return false;
        Task = task;
        Instance = await db.Set<InstanceRecord>().AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        ProcessName = await processes.NameOfAsync(Instance.DefinitionKey, ct);
        Case = await CaseFile.ForAsync(db, Instance, ct);
        var graph = await journal.GraphAsync(Instance, ct);
        Timeline = InstanceJournal.Timeline(graph, await journal.HistoryAsync(Instance.Id, ct));
        var node = graph.Nodes.GetValueOrDefault(task.ElementId);
        Fields = TaskForms.FieldsOf(node?.Property("fields"));
        Outcomes = task.Outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        MayWork = TaskAccess.MayWork(User, task);
        return true;
    }
}
