using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Calendar;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings.Handlers;

/// <summary>What every filing handler does with its step: load the filing, change its status, read variables.</summary>
internal static class FilingStep
{
    public static async Task<Filing> LoadAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var id = Guid.TryParse(context.BusinessKey, out var g) ? g
            : throw new WorkflowException("FILING_KEY_INVALID", $"流程实例的业务键“{context.BusinessKey}”不是备案编号。");
        return await context.Db.Set<Filing>().Include(f => f.StatusHistory).FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new WorkflowException("FILING_NOT_FOUND", $"备案 {id} 不存在。");
    }

    /// <summary>Who decided: the user who last completed a task of this instance (the reviewing clerk).</summary>
    public static async Task<string?> DeciderAsync(TaskHandlerContext context, CancellationToken ct) =>
        await context.Db.Set<UserTaskRecord>().Where(t => t.InstanceId == context.InstanceId && t.CompletedAt != null)
            .OrderByDescending(t => t.CompletedAt).Select(t => t.CompletedBy).FirstOrDefaultAsync(ct);

    /// <summary>Changes the status in the step, attributed to the deciding user or else the system.</summary>
    public static void ChangeStatus(TaskHandlerContext context, Filing filing, FilingStatus to, string basis, string? note = null,
        string? actor = null) =>
        filing.ChangeStatus(to, context.Now, actor ?? "system", basis, note);

    public static DateOnly Today(TaskHandlerContext context) => WorkingDayCalendar.ChinaDate(context.Now);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd");

    public static DateOnly DateVariable(TaskHandlerContext context, string name) =>
        DateOnly.ParseExact(context.Variables[name]?.ToString() ?? "", "yyyy-MM-dd");

    /// <summary>Evaluates a required <c>ew:property</c> of the element (a rule an admin reads in the BPMN).</summary>
    public static string Property(TaskHandlerContext context, string name) =>
        context.Properties.GetValueOrDefault(name) is { Length: > 0 } value ? value
            : throw new WorkflowException("PROPERTY_MISSING", $"任务 {context.ElementId} 缺少参数 {name}。");

    public static int IntProperty(TaskHandlerContext context, string name) =>
        int.TryParse(Property(context, name), out var n) ? n
            : throw new WorkflowException("PROPERTY_INVALID", $"任务 {context.ElementId} 的参数 {name} 应为整数。");

    public static void Set(TaskHandlerContext context, string name, object? value) =>
        context.Variables[name] = ScriptValues.ToScript(value);

    public static object? Plain(TaskHandlerContext context, string name) =>
        ScriptValues.ToPlain(context.Variables.TryGetValue(name, out var v) ? v : null);
}
